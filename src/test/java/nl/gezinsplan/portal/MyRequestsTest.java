package nl.gezinsplan.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import nl.gezinsplan.IntegrationTest;
import nl.gezinsplan.SignIn;
import nl.gezinsplan.base.Law;
import nl.gezinsplan.casework.Referrer;
import nl.gezinsplan.casework.Request;
import nl.gezinsplan.casework.RequestStatus;
import nl.gezinsplan.casework.Requests;
import nl.gezinsplan.casework.TestCases;
import nl.gezinsplan.casework.Urgency;
import nl.gezinsplan.family.TestMembers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** A youth of 16 or older's request is their own: they see and withdraw it, their parents do neither. */
@IntegrationTest
class MyRequestsTest {

    @Autowired
    MyRequests myRequests;

    @Autowired
    Requests requests;

    @Autowired
    TestCases cases;

    @Autowired
    TestMembers members;

    @Autowired
    UserDetailsService users;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aYouthsRequestIsTheirsNotTheirParents() {
        Request request = cases.request(Law.JEUGDWET, Referrer.SELF, Urgency.NORMAL, LocalDate.now(),
                LocalDate.now().minusYears(17));
        String youth = members.portalLogin(request.getPersonId());
        String parent = members.portalLogin(members.parentOf(request.getFamilyId()));

        SignIn.as(users, parent);
        assertThat(myRequests.list()).isEmpty();
        assertThatThrownBy(() -> myRequests.withdraw(request.getId())).isInstanceOf(AccessDeniedException.class);

        SignIn.as(users, youth);
        assertThat(myRequests.list()).extracting(mine -> mine.request().getId()).containsExactly(request.getId());
        myRequests.withdraw(request.getId());

        SignIn.as(users, "anna");
        assertThat(requests.get(request.getId()).getStatus()).isEqualTo(RequestStatus.WITHDRAWN);
    }
}
