package com.shiftledger.query.dashboard;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProjectedStreamRepository extends JpaRepository<ProjectedStream, String> {
}
