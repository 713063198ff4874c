package nl.gezinsplan.casework;

import nl.gezinsplan.base.NumberLimit;
import nl.gezinsplan.base.TextLimit;

/**
 * How long the texts of requests, provisions and the catalogue may be and how many digits their numbers take: the
 * columns' lengths and precision, each named by the label of the field that fills it.
 */
public final class CaseworkLimits {

    public static final TextLimit REQUEST_DESCRIPTION =
            new TextLimit("request", "description", 2000, "casework.request.description");
    public static final TextLimit CLOSE_REASON =
            new TextLimit("request", "close_reason", 2000, "casework.request.close-reason");
    public static final TextLimit TRIAGE_NOTE = new TextLimit("request", "triage_note", 2000, "workspace.task.triage.note");
    public static final TextLimit ALTERNATIVES =
            new TextLimit("request", "alternatives", 2000, "workspace.task.nee-tenzij.alternatives");
    public static final TextLimit PROPOSAL_MOTIVATION =
            new TextLimit("request", "proposal_motivation", 2000, "workspace.task.proposal.motivation");
    public static final TextLimit PROVISIONAL_MOTIVATION = new TextLimit("request", "provisional_motivation", 2000,
            "workspace.task.provisional.motivation");
    public static final TextLimit PANEL_QUESTION =
            new TextLimit("request", "panel_question", 2000, "workspace.task.nee-tenzij.panel-question");
    public static final TextLimit VERDICT_REASON =
            new TextLimit("approval_verdict", "reason", 2000, "workspace.task.verdict.reason");
    public static final TextLimit RESEARCH_PARTICIPANTS =
            new TextLimit("research_report", "participants", 500, "workspace.task.research.participants");
    public static final TextLimit RESEARCH_OWN_STRENGTH =
            new TextLimit("research_report", "own_strength", 2000, "workspace.task.research.own-strength");
    public static final TextLimit RESEARCH_NETWORK =
            new TextLimit("research_report", "network", 2000, "workspace.task.research.network");
    public static final TextLimit RESEARCH_GENERAL_PROVISIONS = new TextLimit("research_report", "general_provisions",
            2000, "workspace.task.research.general-provisions");
    public static final TextLimit RESEARCH_NEEDED =
            new TextLimit("research_report", "needed", 2000, "workspace.task.research.needed");
    public static final TextLimit RESEARCH_CONCLUSION =
            new TextLimit("research_report", "conclusion", 2000, "workspace.task.research.conclusion");
    public static final TextLimit WORK_TRACK_AGREEMENTS = new TextLimit("request", "work_track_agreements", 2000,
            "workspace.task.work-track.agreements");
    public static final TextLimit FAMILY_VIEW =
            new TextLimit("research_report", "family_view", 2000, "portal.research.view");
    public static final TextLimit EXIT_PERSPECTIVE =
            new TextLimit("provision", "exit_perspective", 2000, "workspace.task.exit-perspective.answer");
    public static final TextLimit SUSPENSION_REASON =
            new TextLimit("term_suspension", "reason", 500, "workspace.term.suspend.reason");
    public static final TextLimit SUSPENSION_ASKED =
            new TextLimit("term_suspension", "asked", 2000, "workspace.term.suspend.asked");
    public static final TextLimit EXTENSION_REASON =
            new TextLimit("term_extension", "reason", 2000, "workspace.term.extend.reason");
    public static final NumberLimit VOLUME = new NumberLimit("provision", "volume", 10, 2, "casework.provision.volume");
    public static final TextLimit PRODUCT_CODE = new TextLimit("product", "code", 10, "casework.product.code");
    public static final TextLimit PRODUCT_NAME = new TextLimit("product", "name", 200, "casework.product.name");
    public static final TextLimit PRODUCT_CATEGORY =
            new TextLimit("product", "category_code", 10, "casework.product.category");
    public static final NumberLimit TARIFF = new NumberLimit("product", "tariff", 10, 2, "casework.product.tariff");
    public static final TextLimit PROVIDER_NAME = new TextLimit("provider", "name", 200, "casework.provider.name");
    public static final TextLimit AGB_CODE = new TextLimit("provider", "agb_code", 8, "casework.provider.agb-code");
    public static final TextLimit OFF_CONTRACT_REASON =
            new TextLimit("provision", "off_contract_reason", 1000, "casework.provision.off-contract-reason");

    private CaseworkLimits() {
    }
}
