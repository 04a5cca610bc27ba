package com.shiftledger.query.dashboard;

import org.springframework.data.jpa.repository.JpaRepository;

/** How far the dashboard counted each aggregate's events (see {@link ProjectedStreams}). */
interface ProjectedStreamRepository extends JpaRepository<ProjectedStream, String> {
}
