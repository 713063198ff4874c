package nl.gezinsplan.casework;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Transient;
import org.springframework.data.domain.Persistable;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The extension of a request's term (verdaging, Awb 4:14): once per request, before the term ends, with a reason and
 * the new date, told to the family in a letter. Made by {@link Request#extend}.
 */
@Table("term_extension")
public class TermExtension implements Persistable<Long> {

    @Id
    private Long requestId;
    private String reason;
    private LocalDate previousDue;
    private LocalDate extendedTo;
    private String extendedBy;
    private Instant extendedAt;
    @Transient
    private boolean isNew;

    TermExtension() {
    }

    TermExtension(long requestId, String reason, LocalDate previousDue, LocalDate extendedTo, String extendedBy,
                  Instant extendedAt) {
        this.requestId = requestId;
        this.reason = reason;
        this.previousDue = previousDue;
        this.extendedTo = extendedTo;
        this.extendedBy = extendedBy;
        this.extendedAt = extendedAt;
        this.isNew = true;
    }

    @Override
    public boolean isNew() {
        return isNew;
    }

    @Override
    public Long getId() {
        return requestId;
    }

    public Long getRequestId() {
        return requestId;
    }

    public String getReason() {
        return reason;
    }

    public LocalDate getPreviousDue() {
        return previousDue;
    }

    public LocalDate getExtendedTo() {
        return extendedTo;
    }

    public String getExtendedBy() {
        return extendedBy;
    }

    public Instant getExtendedAt() {
        return extendedAt;
    }
}
