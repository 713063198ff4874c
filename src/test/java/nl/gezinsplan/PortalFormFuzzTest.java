package nl.gezinsplan;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import nl.gezinsplan.base.Law;
import nl.gezinsplan.casework.GrantedCare;
import nl.gezinsplan.family.TestFamilies;
import nl.gezinsplan.family.TestMembers;
import nl.gezinsplan.meeting.CheckOutcome;
import nl.gezinsplan.meeting.MeetingReport;
import nl.gezinsplan.meeting.MeetingSteps;
import nl.gezinsplan.portal.PortalAccess;
import nl.gezinsplan.portal.TestCare;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What a family member types in the portal, fuzzed as {@link FormFuzzing} says: the remark on care that was not
 * given, the remark with the ratings on "Mijn hulp", and making an account with an invitation code.
 */
class PortalFormFuzzTest extends FormFuzzing {

    private static final String NEW_LOGIN = "fuzz-ouder";
    private static final String PASSWORD = "lang-genoeg-wachtwoord";

    @Autowired
    TestCare testCare;

    @Autowired
    TestFamilies testFamilies;

    @Autowired
    TestMembers members;

    @Autowired
    MeetingSteps meetings;

    @Autowired
    PortalAccess portalAccess;

    @Override
    List<Form> forms() {
        long invited = testFamilies.registeredBy("anna", "Uitgenodigd").getId();
        loginAs("anna");
        String code = portalAccess.invite(members.parentOf(invited)).code();
        GrantedCare care = testCare.granted(Law.JEUGDWET, LocalDate.now().minusMonths(3), LocalDate.now().plusMonths(3));
        meetings.recordCheckMeeting(care.familyId(), care.personId(), care.provisionId(),
                new MeetingReport(LocalDate.now(), "ouders, aanbieder", null), CheckOutcome.CONTINUE);
        String parent = members.portalLogin(members.parentOf(care.familyId()));
        return List.of(
                new Form("care not given", () -> {
                    myCare(parent);
                    _click(_find(Button.class, spec -> spec.withText("Nee, niet (helemaal) gegeven")).get(0));
                    _setValue(deliveryRemark(), "De begeleider was ziek.");
                }, PortalFormFuzzTest::deliveryRemark, () -> save(UI.getCurrent(), "Versturen"),
                        () -> count("select count(*) from care_delivery where provision_id = " + care.provisionId())),
                new Form("ratings", () -> {
                    myCare(parent);
                    score("Helpt de hulp?");
                    score("Hoe ging het aanvragen?");
                    score("Hoe tevreden bent u over de zorgaanbieder?");
                    _setValue(ratingRemark(), "Kim gaat weer graag naar school.");
                }, PortalFormFuzzTest::ratingRemark, () -> save(UI.getCurrent(), "Versturen"),
                        () -> count("select count(*) from care_rating where provision_id = " + care.provisionId())),
                new Form("activation", () -> {
                    navigate("activeren?code=" + code);
                    _setValue(_get(TextField.class, spec -> spec.withId("username")), NEW_LOGIN);
                    _setValue(_get(PasswordField.class, spec -> spec.withId("password")), PASSWORD);
                    _setValue(_get(PasswordField.class, spec -> spec.withId("repeat")), PASSWORD);
                }, UI::getCurrent, () -> save(UI.getCurrent(), "Account maken"),
                        () -> count("select count(*) from family_account where username = '" + NEW_LOGIN + "'")));
    }

    private void myCare(String login) {
        loginAs(login);
        navigate("mijn-gezin/hulp");
    }

    private static TextArea deliveryRemark() {
        return _get(TextArea.class, spec -> spec.withLabel("Wat ging er niet goed? Schrijf het hier."));
    }

    private static TextArea ratingRemark() {
        return _get(TextArea.class, spec -> spec.withLabel("Wilt u nog iets zeggen? Dat mag, het hoeft niet."));
    }

    private static void score(String question) {
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Integer> score = _get(RadioButtonGroup.class, spec -> spec.withLabel(question));
        _setValue(score, 7);
    }
}
