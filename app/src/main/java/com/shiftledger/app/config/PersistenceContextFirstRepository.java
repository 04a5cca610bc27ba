package com.shiftledger.app.config;

import jakarta.persistence.EntityManager;
import org.springframework.data.jpa.repository.support.JpaEntityInformation;
import org.springframework.data.jpa.repository.support.SimpleJpaRepository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The base of every Spring Data repository here: {@link #existsById} looks the row up by its primary key the way
 * {@code findById} does, in the persistence context first, instead of Spring Data's count query. The answer is the
 * same (a row written earlier in the same transaction counts, one removed earlier does not), but a query first
 * flushes the session, which dirty-checks every entity it holds: in a projection's batch of events that is every
 * row the batch touched so far, again for every check. In the wallet projection the count query was a quarter of its
 * CPU.
 */
@Transactional(readOnly = true)
public class PersistenceContextFirstRepository<T, ID> extends SimpleJpaRepository<T, ID> {

    private final EntityManager entityManager;
    private final Class<T> domainClass;

    public PersistenceContextFirstRepository(JpaEntityInformation<T, ?> entityInformation,
                                             EntityManager entityManager) {
        super(entityInformation, entityManager);
        this.entityManager = entityManager;
        this.domainClass = entityInformation.getJavaType();
    }

    @Override
    public boolean existsById(ID id) {
        if (id == null) {
            throw new IllegalArgumentException("The given id must not be null");
        }
        return entityManager.find(domainClass, id) != null;
    }
}
