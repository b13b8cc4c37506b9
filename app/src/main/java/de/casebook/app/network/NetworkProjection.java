package de.casebook.app.network;

import de.casebook.app.readmodel.Projection;
import de.casebook.app.readmodel.ProjectionTables;
import de.casebook.app.readmodel.StatementBatch;
import de.casebook.domain.network.api.GrantApprovedEvent;
import de.casebook.domain.network.api.GrantClosedEvent;
import de.casebook.domain.network.api.GrantDeclinedEvent;
import de.casebook.domain.network.api.GrantDeferredEvent;
import de.casebook.domain.network.api.GrantInstalmentPaidEvent;
import de.casebook.domain.network.api.GrantRequestedEvent;
import de.casebook.domain.network.api.GrantReviewedEvent;
import de.casebook.domain.network.api.MemberAdmittedEvent;
import de.casebook.domain.network.api.MemberLeftEvent;
import de.casebook.domain.network.api.MembershipAppliedEvent;
import de.casebook.domain.network.api.MembershipDeclinedEvent;
import de.casebook.domain.network.api.MembershipExpiredEvent;
import de.casebook.domain.network.api.MembershipRenewedEvent;
import java.util.Set;
import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Networks' members and applicants (who may see a network), and their development grants (for statistics). */
@Component
class NetworkProjection extends Projection<StatementBatch> {

    static final String NAME = "networks";
    private static final Set<Class<?>> READS = Set.of(MembershipAppliedEvent.class, MemberAdmittedEvent.class,
            MembershipDeclinedEvent.class, MembershipRenewedEvent.class, MembershipExpiredEvent.class,
            MemberLeftEvent.class, GrantRequestedEvent.class, GrantReviewedEvent.class, GrantDeferredEvent.class,
            GrantApprovedEvent.class, GrantDeclinedEvent.class, GrantInstalmentPaidEvent.class,
            GrantClosedEvent.class);
    /** Also used by a test: one member upserted twice within one batch of events. */
    static final String MEMBER = """
            INSERT INTO {network_member} (network_id, municipality, status, since, until) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (network_id, municipality)
            DO UPDATE SET status = excluded.status, since = COALESCE(excluded.since, {network_member}.since),
                until = excluded.until""";
    private static final String GRANT_STATUS = "UPDATE {network_grant} SET status = ? WHERE grant_id = ?";

    @Autowired
    NetworkProjection(JdbcTemplate jdbc) {
        this(ProjectionTables.live(names("network_member", "network_grant")), jdbc);
    }

    private NetworkProjection(ProjectionTables tables, JdbcTemplate jdbc) {
        super(NAME, tables, jdbc, StatementBatch::new);
    }

    @Override
    public NetworkProjection writingTo(ProjectionTables tables) {
        return new NetworkProjection(tables, jdbc());
    }

    @Override
    protected Set<Class<?>> payloadsRead() {
        return READS;
    }

    @Override
    protected void apply(DomainEventMessage<?> message, StatementBatch batch) {
        var event = message.getPayload();
        if (event instanceof MembershipAppliedEvent applied) {
            batch.add(MEMBER, applied.networkId(), applied.municipality(), "applied", null, null);
        } else if (event instanceof MemberAdmittedEvent admitted) {
            batch.add(MEMBER, admitted.networkId(), admitted.municipality(), "member", admitted.admittedOn(),
                    admitted.memberUntil());
        } else if (event instanceof MembershipDeclinedEvent declined) {
            batch.add(MEMBER, declined.networkId(), declined.municipality(), "declined", null, null);
        } else if (event instanceof MembershipRenewedEvent renewed) {
            batch.add("UPDATE {network_member} SET until = ? WHERE network_id = ? AND municipality = ?",
                    renewed.memberUntil(), renewed.networkId(), renewed.municipality());
        } else if (event instanceof MembershipExpiredEvent expired) {
            batch.add(MEMBER, expired.networkId(), expired.municipality(), "expired", null, expired.endedOn());
        } else if (event instanceof MemberLeftEvent left) {
            batch.add(MEMBER, left.networkId(), left.municipality(), "left", null, null);
        } else {
            applyToGrant(message, event, batch);
        }
    }

    private static void applyToGrant(DomainEventMessage<?> message, Object event, StatementBatch batch) {
        if (event instanceof GrantRequestedEvent requested) {
            batch.add("""
                    INSERT INTO {network_grant} (grant_id, network_id, municipality, title, requested_on, amount_eur,
                        paid_eur, status)
                    VALUES (?, ?, ?, ?, ?, ?, 0, 'in-review') ON CONFLICT (grant_id) DO NOTHING""",
                    requested.grantId(), requested.networkId(), requested.municipality(), requested.title(),
                    requested.requestedOn(), requested.amountEur());
        } else if (event instanceof GrantReviewedEvent reviewed) {
            batch.add(GRANT_STATUS, "awaiting-decision", reviewed.grantId());
        } else if (event instanceof GrantDeferredEvent deferred) {
            batch.add(GRANT_STATUS, "waiting-for-budget", deferred.grantId());
        } else if (event instanceof GrantApprovedEvent approved) {
            batch.add("UPDATE {network_grant} SET status = 'approved', approved_eur = ?, decided_at = ? WHERE grant_id = ?",
                    approved.approvedAmountEur(), message.getTimestamp(), approved.grantId());
        } else if (event instanceof GrantDeclinedEvent declined) {
            batch.add("UPDATE {network_grant} SET status = 'declined', decided_at = ? WHERE grant_id = ?",
                    message.getTimestamp(), declined.grantId());
        } else if (event instanceof GrantInstalmentPaidEvent paid) {
            batch.add("UPDATE {network_grant} SET paid_eur = paid_eur + ?, status = ? WHERE grant_id = ?",
                    paid.amountEur(), paid.paidInFull() ? "paid" : "partly-paid", paid.grantId());
        } else if (event instanceof GrantClosedEvent closed) {
            batch.add(GRANT_STATUS, "closed", closed.grantId());
        }
    }
}
