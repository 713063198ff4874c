package nl.gezinsplan.decision;

import org.springframework.data.repository.ListCrudRepository;

interface DecisionLetterRepository extends ListCrudRepository<DecisionLetter, Long> {

    boolean existsByRequestIdAndKind(long requestId, DecisionKind kind);

    boolean existsByRequestId(long requestId);

    boolean existsByKindAndSubjectId(DecisionKind kind, long subjectId);
}
