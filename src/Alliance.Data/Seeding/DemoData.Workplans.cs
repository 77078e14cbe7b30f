using Alliance.Domain.Members;
using Alliance.Domain.Plans;
using Alliance.Domain.SteeringCommittee;
using Alliance.Domain.WorkingGroups;
using Alliance.Domain.Workplans;

namespace Alliance.Data.Seeding;

// The demo data: the 2018–2020 workplans and their progress histories.
internal static partial class DemoData
{
    /// <summary>Adds activities to one workplan and records their progress as one author.</summary>
    private sealed class WorkplanWriter(StrategicPlan plan, IReadOnlyList<CategoryOfWork> categories, WorkingGroup group, string authorUserId, string authorName)
    {
        public Workplan Workplan { get; } = new(group, plan);

        public Activity Add(string objectiveCode, string categoryCode, string title, DateOnly start, DateOnly due, string deliverable, string? description = null,
            string[]? alsoServes = null)
        {
            var objective = Workplan.Plan.Objectives.SingleOrDefault(o => o.Code == objectiveCode)
                ?? throw new InvalidOperationException($"The plan has no objective {objectiveCode}.");
            var category = categories.SingleOrDefault(c => c.Code == categoryCode)
                ?? throw new InvalidOperationException($"There is no category of work {categoryCode}.");
            var contributions = (alsoServes ?? []).Select(code => Workplan.Plan.Objectives.Single(o => o.Code == code)).ToList();
            return Workplan.AddActivity(new ActivityDetails(title, description, objective, category, start, due, deliverable, contributions));
        }

        public void Report(Activity activity, DateTime at, ActivityStatus status, int percent, string narrative, string? evidenceUrl = null, bool decreaseExplained = false) =>
            activity.RecordProgress(new ProgressReport(status, percent, narrative, evidenceUrl, decreaseExplained), authorUserId, authorName, at);
    }

    private static List<Workplan> BuildWorkplans(StrategicPlan plan, IReadOnlyList<CategoryOfWork> categories, Groups g, DemoPeople people)
    {
        WorkplanWriter Secretariat(WorkingGroup group) => new(plan, categories, group, people.SecretariatUserId, people.SecretariatName);

        var ame = Secretariat(g.Ame);
        Ame(ame);
        var cpms = new WorkplanWriter(plan, categories, g.Cpms, people.LeadUserId, people.LeadName);
        Cpms(cpms);
        var learning = Secretariat(g.LearningDevelopment);
        LearningDevelopment(learning);
        var caafag = Secretariat(g.Caafag);
        Caafag(caafag);
        var caseManagement = Secretariat(g.CaseManagement);
        CaseManagement(caseManagement);
        var cash = Secretariat(g.CashTransfers);
        CashTransfers(cash);
        var community = Secretariat(g.CommunityLevel);
        CommunityLevel(community);
        var childLabour = new WorkplanWriter(plan, categories, g.ChildLabour, people.Lead2UserId, people.Lead2Name);
        ChildLabour(childLabour);
        var uasc = Secretariat(g.Uasc);
        Uasc(uasc);

        return [ame.Workplan, cpms.Workplan, learning.Workplan, caafag.Workplan, caseManagement.Workplan,
            cash.Workplan, community.Workplan, childLabour.Workplan, uasc.Workplan];
    }

    private static void Ame(WorkplanWriter w)
    {
        var review = w.Add("B", "evidence", "Publish an evidence review of what works in child protection in humanitarian settings",
            D(2018, 2, 1), D(2019, 6, 30), "Evidence review (English and French) with four thematic briefs",
            "Systematic review of published and grey literature since 2005, feeding the CPMS revision.");
        w.Report(review, At(2018, 6, 28), ActivityStatus.OnTrack, 25, "Search protocol agreed and 1,240 studies screened; 86 retained for full-text review.");
        w.Report(review, At(2018, 12, 14), ActivityStatus.OnTrack, 60, "Full-text review complete; findings on psychosocial support and family strengthening drafted.");
        w.Report(review, At(2019, 6, 27), ActivityStatus.Completed, 100, "Review and four thematic briefs published and presented in a webinar attended by 310 practitioners.",
            "https://alliancecpha.org/en/evidence-review");

        var cpra = w.Add("B", "standard-setting", "Revise the Child Protection Rapid Assessment toolkit",
            D(2018, 3, 1), D(2019, 12, 31), "Revised rapid assessment toolkit with field-tested tools and an analysis template");
        w.Report(cpra, At(2018, 7, 20), ActivityStatus.OnTrack, 20, "Lessons from 14 past rapid assessments compiled; revision priorities agreed with the CPMS Working Group.");
        w.Report(cpra, At(2019, 2, 8), ActivityStatus.AtRisk, 45, "Field test in north-east Nigeria delayed by access restrictions; a second test site in Cox's Bazar is being negotiated.");
        w.Report(cpra, At(2019, 7, 5), ActivityStatus.OnTrack, 75, "Field test completed in Cox's Bazar with 9 agencies; tools revised on the basis of the debrief.");
        w.Report(cpra, At(2019, 12, 17), ActivityStatus.Completed, 100, "Revised toolkit published online with the analysis template in English and French.");

        var trainings = w.Add("C", "capacity-building", "Run regional trainings on child protection assessments for national actors",
            D(2018, 9, 1), D(2021, 3, 31), "Four regional trainings reaching 100 staff of national and local organisations", alsoServes: ["CAPACITY"]);
        w.Report(trainings, At(2019, 3, 22), ActivityStatus.OnTrack, 25, "Nairobi training delivered to 26 participants, 19 of them from national NGOs.");
        w.Report(trainings, At(2019, 10, 11), ActivityStatus.OnTrack, 50, "Amman training delivered to 24 participants from Jordan, Lebanon, Iraq and Syria.");
        w.Report(trainings, At(2020, 5, 15), ActivityStatus.AtRisk, 50, "Dakar and Bangkok trainings postponed because of COVID-19 travel restrictions; remote delivery being tested.");
        w.Report(trainings, At(2020, 11, 20), ActivityStatus.OnTrack, 80, "Dakar training delivered online to 28 participants; the Bangkok session is scheduled for March 2021.");

        var indicators = w.Add("A", "evidence", "Agree joint child protection indicators for multi-sector needs assessments",
            D(2018, 4, 1), D(2019, 9, 30), "Indicator set agreed with the education, health and protection clusters");
        w.Report(indicators, At(2018, 10, 3), ActivityStatus.OnTrack, 40, "Draft set of 18 indicators shared with the education, health and protection clusters.");
        w.Report(indicators, At(2019, 4, 26), ActivityStatus.OnTrack, 70, "Indicators piloted in the Iraq and South Sudan multi-sector needs assessments.");
        w.Report(indicators, At(2019, 9, 24), ActivityStatus.Completed, 100, "Final set of 12 indicators endorsed by the three clusters and added to the assessment registry.");

        var symposium = w.Add("B", "convening", "Co-host the 2019 child protection research symposium",
            D(2019, 1, 15), D(2019, 11, 30), "Symposium report with a shared research agenda for 2020–2022");
        w.Report(symposium, At(2019, 6, 14), ActivityStatus.OnTrack, 50, "Call for abstracts closed with 64 submissions, 22 of them from researchers in affected countries.");
        w.Report(symposium, At(2019, 11, 22), ActivityStatus.Completed, 100, "Symposium held in Geneva with 140 participants; report and research agenda circulated to members.");

        var cost = w.Add("PREV", "evidence", "Study the cost-effectiveness of prevention-oriented child protection programmes",
            D(2019, 6, 1), D(2021, 6, 30), "Study report comparing prevention and response costs in two contexts");
        w.Report(cost, At(2019, 11, 29), ActivityStatus.OnTrack, 15, "Study sites in Uganda and Jordan confirmed and ethics approval obtained.");
        w.Report(cost, At(2020, 7, 17), ActivityStatus.OffTrack, 30, "Data collection suspended in both sites since March 2020; funding for an extension is not yet secured.");

        w.Add("CAPACITY", "capacity-building", "Produce an e-learning module on data protection in child protection information management",
            D(2020, 9, 1), D(2021, 6, 30), "Self-paced e-learning module (English and French)");
    }

    private static void Cpms(WorkplanWriter w)
    {
        var revision = w.Add("B", "standard-setting", "Revise the Child Protection Minimum Standards (2019 edition)",
            D(2018, 1, 15), D(2019, 10, 31), "CPMS 2019 edition in English",
            "Global revision of the 2012 standards with practitioners, other sectors and the evidence review of the AME Working Group.");
        w.Report(revision, At(2018, 5, 30), ActivityStatus.OnTrack, 25, "Global consultation closed with over 1,900 contributions from 82 countries.");
        w.Report(revision, At(2018, 11, 20), ActivityStatus.OnTrack, 55, "Second draft reviewed by the standards review committee; evidence annexes aligned with the AME evidence review.");
        w.Report(revision, At(2019, 6, 12), ActivityStatus.AtRisk, 80, "Companionship review with Sphere took longer than planned; final copy-editing moved to September.");
        w.Report(revision, At(2019, 10, 29), ActivityStatus.Completed, 100, "CPMS 2019 edition launched at the Alliance annual meeting and published online.",
            "https://alliancecpha.org/en/cpms");

        var translation = w.Add("C", "standard-setting", "Translate the 2019 CPMS into French, Arabic and Spanish",
            D(2019, 11, 1), D(2020, 9, 30), "Validated French, Arabic and Spanish editions");
        w.Report(translation, At(2020, 2, 14), ActivityStatus.OnTrack, 30, "French translation drafted; review panels of national practitioners formed for each language.");
        w.Report(translation, At(2020, 6, 19), ActivityStatus.OnTrack, 70, "French and Spanish editions validated; Arabic review panel meeting remotely every two weeks.");
        w.Report(translation, At(2020, 9, 25), ActivityStatus.Completed, 100, "All three editions validated and published, with print copies sent to 20 country coordination groups.");

        var rollout = w.Add("CAPACITY", "capacity-building", "Roll out CPMS orientation trainings in priority countries",
            D(2019, 11, 15), D(2021, 6, 30), "Orientation package and 12 country roll-out workshops");
        w.Report(rollout, At(2020, 2, 21), ActivityStatus.OnTrack, 20, "Orientation package finalised; first workshops held in Bangladesh and Ethiopia.");
        w.Report(rollout, At(2020, 6, 26), ActivityStatus.AtRisk, 35, "In-person workshops suspended because of COVID-19; an online format is being designed.");
        w.Report(rollout, At(2020, 12, 11), ActivityStatus.OnTrack, 60, "Online workshops delivered in five more countries, reaching 410 practitioners.");

        var sectors = w.Add("A", "standard-setting", "Develop guidance on applying the CPMS with other humanitarian sectors",
            D(2018, 6, 1), D(2020, 6, 30), "Cross-sector guidance notes for education, health, nutrition, WASH, shelter and livelihoods");
        w.Report(sectors, At(2018, 12, 7), ActivityStatus.OnTrack, 30, "Working sessions held with the education and health clusters to map shared outcomes.");
        w.Report(sectors, At(2019, 9, 13), ActivityStatus.OnTrack, 65, "Four of six guidance notes drafted with focal points from each sector.");
        w.Report(sectors, At(2020, 6, 24), ActivityStatus.Completed, 100, "All six guidance notes published as a companion to the CPMS 2019 edition.");

        var prevention = w.Add("PREV", "standard-setting", "Develop guidance on applying the CPMS to prevention programming",
            D(2019, 3, 1), D(2020, 12, 31), "Prevention guidance with country examples");
        w.Report(prevention, At(2019, 9, 27), ActivityStatus.OnTrack, 40, "Outline agreed and eight country examples collected from members.");
        w.Report(prevention, At(2020, 2, 28), ActivityStatus.OnTrack, 70, "Full draft shared with field testers in Lebanon, Mali and the Philippines.");
        w.Report(prevention, At(2020, 7, 31), ActivityStatus.AtRisk, 55,
            "Percent lowered from 70% to 55%: field testers found the draft too long to use, so two chapters are being rewritten.",
            decreaseExplained: true);
        w.Report(prevention, At(2021, 2, 26), ActivityStatus.Completed, 100, "Shortened guidance validated by the field testers and published two months late.");

        var advocacy = w.Add("C", "advocacy", "Advocate for the CPMS to be referenced in humanitarian response plans",
            D(2018, 9, 1), D(2020, 12, 31), "Advocacy brief and CPMS references in 10 humanitarian response plans");
        w.Report(advocacy, At(2019, 3, 15), ActivityStatus.OnTrack, 30, "Advocacy brief shared with country coordination groups; CPMS cited in 3 response plans.");
        w.Report(advocacy, At(2020, 3, 20), ActivityStatus.OnTrack, 60, "CPMS referenced in 7 of the 2020 humanitarian response plans.");
        w.Report(advocacy, At(2020, 12, 18), ActivityStatus.Completed, 100, "Target met: the CPMS is referenced in 11 humanitarian response plans for 2021.");

        var launch = w.Add("B", "convening", "Host the global and regional launch events of the 2019 CPMS",
            D(2019, 9, 1), D(2020, 3, 31), "Global launch and four regional launch events");
        w.Report(launch, At(2019, 10, 30), ActivityStatus.OnTrack, 40, "Global launch held at the annual meeting with 210 participants.");
        w.Report(launch, At(2020, 3, 6), ActivityStatus.Completed, 100, "Regional launches held in Nairobi, Dakar, Amman and Bangkok.");

        var app = w.Add("CAPACITY", "capacity-building", "Develop a CPMS mobile application for field practitioners",
            D(2020, 1, 15), D(2021, 3, 31), "Offline mobile application of the CPMS");
        w.Report(app, At(2020, 3, 27), ActivityStatus.OnTrack, 20, "Specification agreed and a developer shortlisted.");
        w.Report(app, At(2020, 8, 21), ActivityStatus.Cancelled, 20,
            "Cancelled by the working group: a user survey showed field staff prefer the offline PDF and e-learning, so the budget went to translations.");
    }

    private static void LearningDevelopment(WorkplanWriter w)
    {
        var package = w.Add("CAPACITY", "capacity-building", "Update the child protection in emergencies training package to the 2019 CPMS",
            D(2019, 11, 1), D(2020, 10, 31), "Revised facilitator guide, slides and participant handbook");
        w.Report(package, At(2020, 2, 7), ActivityStatus.OnTrack, 35, "Modules 1 to 4 revised against the 2019 standards.");
        w.Report(package, At(2020, 6, 12), ActivityStatus.AtRisk, 50, "Pilot training cancelled because of COVID-19; an online pilot is planned for September.");
        w.Report(package, At(2020, 10, 23), ActivityStatus.Completed, 100, "Online pilot with 32 participants completed and the package published.");

        var peers = w.Add("C", "capacity-building", "Launch a peer-learning programme for national child protection coordinators",
            D(2018, 6, 1), D(2019, 12, 31), "Peer-learning cohort of 30 national coordinators", alsoServes: ["CAPACITY"]);
        w.Report(peers, At(2018, 11, 16), ActivityStatus.OnTrack, 30, "First cohort of 30 coordinators selected, 21 of them from national organisations.");
        w.Report(peers, At(2019, 6, 21), ActivityStatus.OnTrack, 70, "Six peer-learning sessions held; coordinators paired across regions.");
        w.Report(peers, At(2019, 12, 13), ActivityStatus.Completed, 100, "Cohort completed; 27 of 30 coordinators finished the programme.");

        var competencies = w.Add("CAPACITY", "standard-setting", "Revise the child protection in humanitarian action competency framework",
            D(2018, 2, 1), D(2019, 6, 30), "Revised competency framework");
        w.Report(competencies, At(2018, 9, 14), ActivityStatus.OnTrack, 50, "Survey of 380 practitioners analysed; draft competencies under review.");
        w.Report(competencies, At(2019, 6, 28), ActivityStatus.Completed, 100, "Revised framework published and linked to job profiles used by members.");

        var regional = w.Add("C", "convening", "Organise regional learning events in West and Central Africa and the Middle East",
            D(2018, 9, 1), D(2020, 6, 30), "Two regional learning events co-organised with national members");
        w.Report(regional, At(2019, 5, 24), ActivityStatus.OnTrack, 50, "Dakar learning event held with 85 participants, two thirds from local and national organisations.");
        w.Report(regional, At(2020, 4, 17), ActivityStatus.AtRisk, 65, "Beirut event postponed because of COVID-19; an online format with Arabic interpretation is under discussion.");

        var map = w.Add("CAPACITY", "evidence", "Map child protection learning opportunities available in French and Arabic",
            D(2018, 4, 1), D(2018, 12, 31), "Online map of courses in French and Arabic");
        w.Report(map, At(2018, 7, 13), ActivityStatus.OnTrack, 45, "112 courses identified through members and universities.");
        w.Report(map, At(2018, 12, 14), ActivityStatus.Completed, 100, "Map published on the Alliance website with 140 courses.");

        w.Add("PREV", "capacity-building", "Develop a training module on prevention for community volunteers",
            D(2020, 10, 1), D(2021, 4, 30), "Training module for community volunteers");

        var education = w.Add("A", "capacity-building", "Create a joint child protection and education training for coordinators",
            D(2019, 2, 1), D(2020, 8, 31), "Joint training package with the education sector");
        w.Report(education, At(2019, 8, 30), ActivityStatus.OnTrack, 40, "Training outline agreed with the education cluster.");
        w.Report(education, At(2020, 1, 31), ActivityStatus.OnTrack, 75, "Joint pilot held in Uganda with 28 child protection and education coordinators.");
        w.Report(education, At(2020, 8, 28), ActivityStatus.Completed, 100, "Package finalised after the pilot and shared through both sectors.");
    }

    private static void Caafag(WorkplanWriter w)
    {
        var girls = w.Add("B", "evidence", "Research the reintegration of girls associated with armed forces and armed groups",
            D(2018, 3, 1), D(2020, 3, 31), "Research report and practice brief on girls' reintegration");
        w.Report(girls, At(2018, 8, 31), ActivityStatus.OnTrack, 20, "Research partners selected in the Central African Republic and Nigeria.");
        w.Report(girls, At(2019, 3, 29), ActivityStatus.OnTrack, 50, "Interviews completed with 164 girls and 58 caregivers.");
        w.Report(girls, At(2019, 10, 25), ActivityStatus.OnTrack, 80, "Draft report validated with the girls' advisory groups in both countries.");
        w.Report(girls, At(2020, 3, 27), ActivityStatus.Completed, 100, "Report and practice brief published and presented to the Paris Principles Steering Group.");

        var toolkit = w.Add("B", "standard-setting", "Publish a programme development toolkit on children associated with armed forces and armed groups",
            D(2018, 5, 1), D(2020, 6, 30), "Toolkit with guidance, tools and a field-test report");
        w.Report(toolkit, At(2019, 1, 25), ActivityStatus.OnTrack, 40, "Draft toolkit reviewed by 22 member organisations.");
        w.Report(toolkit, At(2019, 9, 6), ActivityStatus.OnTrack, 75, "Field test completed in South Sudan and Colombia.");
        w.Report(toolkit, At(2020, 6, 26), ActivityStatus.Completed, 100, "Toolkit published in English and French.", "https://alliancecpha.org/en/caafag-toolkit");

        var livelihoods = w.Add("A", "standard-setting", "Develop guidance on economic reintegration with livelihoods actors",
            D(2019, 1, 15), D(2020, 12, 31), "Joint guidance note with the food security and livelihoods sector");
        w.Report(livelihoods, At(2019, 7, 19), ActivityStatus.OnTrack, 30, "Joint writing group formed with the food security cluster.");
        w.Report(livelihoods, At(2020, 10, 16), ActivityStatus.AtRisk, 55, "Sector review delayed as livelihoods focal points were redeployed to the COVID-19 response.");

        var national = w.Add("C", "capacity-building", "Train national NGO staff on the toolkit in the Central African Republic and Nigeria",
            D(2020, 2, 1), D(2021, 6, 30), "Trainings for 60 staff of national and local organisations");
        w.Report(national, At(2020, 11, 13), ActivityStatus.OnTrack, 40, "First online training held for 24 staff of national organisations in Bangui.");

        var prevention = w.Add("PREV", "advocacy", "Advocate for recruitment prevention within the Paris Principles Steering Group",
            D(2018, 6, 1), D(2019, 12, 31), "Joint advocacy messages on preventing recruitment");
        w.Report(prevention, At(2019, 2, 22), ActivityStatus.OnTrack, 50, "Key messages agreed with the Paris Principles Steering Group.");
        w.Report(prevention, At(2019, 12, 6), ActivityStatus.Completed, 100, "Messages used in two statements to the Security Council working group.");

        var meeting = w.Add("C", "convening", "Convene a global technical meeting with local partners",
            D(2019, 3, 1), D(2019, 11, 30), "Meeting report with actions led by local partners");
        w.Report(meeting, At(2019, 11, 15), ActivityStatus.Completed, 100, "Meeting held in Dakar with 60 participants, 35 of them from local and national organisations.");
    }

    private static void CaseManagement(WorkplanWriter w)
    {
        var supervision = w.Add("CAPACITY", "standard-setting", "Publish a case management supervision and coaching package",
            D(2018, 1, 15), D(2019, 6, 30), "Supervision and coaching guide with tools");
        w.Report(supervision, At(2018, 7, 6), ActivityStatus.OnTrack, 40, "Tools drafted with supervisors from five countries.");
        w.Report(supervision, At(2019, 6, 21), ActivityStatus.Completed, 100, "Package published with supervision tools in English, French and Arabic.");

        var tot = w.Add("CAPACITY", "capacity-building", "Roll out case management training of trainers in five countries",
            D(2018, 6, 1), D(2020, 6, 30), "Five trainings of trainers and a national trainer pool in each country");
        w.Report(tot, At(2018, 12, 7), ActivityStatus.OnTrack, 20, "First training of trainers held in Iraq.");
        w.Report(tot, At(2019, 6, 14), ActivityStatus.OnTrack, 60, "Trainings held in Lebanon, South Sudan and Myanmar.");
        w.Report(tot, At(2020, 2, 28), ActivityStatus.Completed, 100, "Fifth training held in Nigeria; 118 national trainers certified.");

        var referrals = w.Add("A", "standard-setting", "Develop guidance on inter-sectoral referral pathways with GBV and health actors",
            D(2018, 9, 1), D(2020, 3, 31), "Inter-sectoral referral guidance and templates");
        w.Report(referrals, At(2019, 4, 12), ActivityStatus.OnTrack, 45, "Referral templates agreed with the GBV area of responsibility.");
        w.Report(referrals, At(2020, 3, 13), ActivityStatus.Completed, 100, "Guidance published jointly with GBV and health actors.");

        var systems = w.Add("B", "evidence", "Review the use of case management information systems",
            D(2019, 4, 1), D(2020, 6, 30), "Review report across five country operations");
        w.Report(systems, At(2019, 10, 18), ActivityStatus.OnTrack, 30, "Review design agreed and data-sharing agreements signed in three countries.");
        w.Report(systems, At(2020, 7, 10), ActivityStatus.OffTrack, 45, "Country case studies in Iraq and South Sudan could not go ahead; the remote review covers two of five countries.");

        var mentoring = w.Add("C", "capacity-building", "Mentor national agencies co-chairing case management task forces in country",
            D(2019, 1, 15), D(2020, 12, 31), "Mentoring for national co-chairs in six countries");
        w.Report(mentoring, At(2019, 7, 26), ActivityStatus.OnTrack, 30, "Mentoring pairs set up for national co-chairs in four countries.");
        w.Report(mentoring, At(2020, 9, 18), ActivityStatus.OnTrack, 70, "Six national co-chairs mentored; two now chair their country task force alone.");

        var prevention = w.Add("PREV", "standard-setting", "Develop guidance on case management for children at risk",
            D(2020, 2, 1), D(2021, 6, 30), "Guidance on early, preventive case management");
        w.Report(prevention, At(2020, 10, 30), ActivityStatus.AtRisk, 25, "Drafting slowed by the COVID-19 response; the writing group has lost two members.");

        var portuguese = w.Add("C", "capacity-building", "Translate the case management e-learning into Portuguese",
            D(2018, 5, 1), D(2018, 12, 31), "Portuguese version of the e-learning");
        w.Report(portuguese, At(2018, 7, 27), ActivityStatus.OnTrack, 10, "Translator recruited; glossary agreed.");
        // Dropped from the workplan when the e-learning platform was replaced.
        portuguese.Archive();
    }

    private static void CashTransfers(WorkplanWriter w)
    {
        var cases = w.Add("A", "evidence", "Document case studies of cash transfers with child protection outcomes",
            D(2018, 3, 1), D(2019, 3, 31), "Six case studies");
        w.Report(cases, At(2018, 9, 21), ActivityStatus.OnTrack, 50, "Three of six case studies drafted (Jordan, Somalia, Philippines).");
        w.Report(cases, At(2019, 3, 22), ActivityStatus.Completed, 100, "All six case studies published.");

        var note = w.Add("A", "standard-setting", "Publish a guidance note on cash transfers and child protection",
            D(2018, 6, 1), D(2019, 9, 30), "Guidance note for cash and child protection practitioners");
        w.Report(note, At(2019, 1, 18), ActivityStatus.OnTrack, 40, "Outline agreed with cash working group coordinators.");
        w.Report(note, At(2019, 5, 31), ActivityStatus.AtRisk, 60, "Peer review slower than planned; publication likely to slip by one month.");
        w.Report(note, At(2019, 10, 25), ActivityStatus.Completed, 100, "Guidance note published and presented to the global cash working group.");

        var training = w.Add("A", "capacity-building", "Run joint child protection and cash training for cash working groups",
            D(2019, 6, 1), D(2020, 9, 30), "Joint training module and three regional trainings");
        w.Report(training, At(2019, 11, 8), ActivityStatus.OnTrack, 35, "First regional training held in Nairobi.");
        w.Report(training, At(2020, 9, 25), ActivityStatus.Completed, 100, "Remaining two trainings delivered online to 70 participants.");

        var pilot = w.Add("B", "evidence", "Evaluate the child protection outcomes of a cash-plus pilot",
            D(2019, 9, 1), D(2021, 3, 31), "Evaluation report");
        w.Report(pilot, At(2020, 3, 6), ActivityStatus.OnTrack, 25, "Baseline completed with 640 households.");
        w.Report(pilot, At(2020, 10, 9), ActivityStatus.AtRisk, 40, "Midline postponed because of movement restrictions; the endline may need to move to late 2021.");

        var risk = w.Add("PREV", "advocacy", "Advocate for child protection risk analysis in cash working groups",
            D(2019, 1, 15), D(2020, 12, 31), "Risk analysis included in the terms of reference of 10 cash working groups");
        w.Report(risk, At(2019, 9, 20), ActivityStatus.OnTrack, 40, "Four cash working groups have adopted the risk analysis checklist.");
        w.Report(risk, At(2020, 11, 27), ActivityStatus.OnTrack, 75, "Eight cash working groups now include child protection risk analysis.");

        var workshop = w.Add("C", "convening", "Hold a regional cash and child protection workshop with local partners",
            D(2020, 1, 15), D(2020, 6, 30), "Regional workshop for the Middle East");
        w.Report(workshop, At(2020, 6, 26), ActivityStatus.Completed, 100, "Workshop held online over three half-days with 45 participants from local organisations.");
    }

    private static void CommunityLevel(WorkplanWriter w)
    {
        var review = w.Add("PREV", "evidence", "Review community-level child protection approaches in humanitarian settings",
            D(2018, 2, 1), D(2019, 2, 28), "Review of community-level approaches");
        w.Report(review, At(2018, 8, 17), ActivityStatus.OnTrack, 45, "Forty programme documents reviewed and 12 key informants interviewed.");
        w.Report(review, At(2019, 2, 22), ActivityStatus.Completed, 100, "Review published with a summary for community-based organisations.");

        var guidance = w.Add("PREV", "standard-setting", "Publish guidance on community-led approaches to prevention",
            D(2018, 9, 1), D(2020, 3, 31), "Guidance on community-led prevention");
        w.Report(guidance, At(2019, 5, 10), ActivityStatus.OnTrack, 40, "Guidance drafted with community facilitators in Kenya and Myanmar.");
        w.Report(guidance, At(2020, 3, 20), ActivityStatus.Completed, 100, "Guidance published in English, French and Swahili.");

        var committees = w.Add("C", "capacity-building", "Train community child protection committees with national partners in Kenya and South Sudan",
            D(2019, 1, 15), D(2020, 12, 31), "Trainings for 40 community child protection committees", alsoServes: ["PREV", "CAPACITY"]);
        w.Report(committees, At(2019, 8, 9), ActivityStatus.OnTrack, 35, "Fourteen committees trained in Turkana by the Turkana Children's Rights Centre.");
        w.Report(committees, At(2020, 12, 4), ActivityStatus.OnTrack, 70, "Twenty-eight committees trained; sessions in Juba resumed in small groups.");

        var exchanges = w.Add("C", "convening", "Facilitate peer exchanges between community-based organisations",
            D(2019, 5, 1), D(2020, 11, 30), "Four peer exchanges");
        w.Report(exchanges, At(2019, 12, 13), ActivityStatus.OnTrack, 50, "Two exchanges held between organisations in Kenya, Uganda and Ethiopia.");
        w.Report(exchanges, At(2020, 11, 27), ActivityStatus.Completed, 100, "Remaining exchanges held online with interpretation into Arabic and French.");

        var sectors = w.Add("A", "advocacy", "Advocate for community-level child protection in health and education programmes",
            D(2019, 7, 1), D(2021, 6, 30), "Joint messages with health and education actors", alsoServes: ["PREV"]);
        w.Report(sectors, At(2020, 9, 11), ActivityStatus.AtRisk, 30, "Health partners' availability is limited during the pandemic; messages agreed with the education sector only.");

        var monitoring = w.Add("B", "evidence", "Develop a community-level monitoring tool",
            D(2020, 6, 1), D(2021, 9, 30), "Monitoring tool for community-level programmes");
        w.Report(monitoring, At(2020, 12, 18), ActivityStatus.OnTrack, 15, "Existing tools collected from nine members; design workshop scheduled for February 2021.");
    }

    private static void ChildLabour(WorkplanWriter w)
    {
        var toolkit = w.Add("B", "standard-setting", "Publish an inter-agency toolkit on child labour in humanitarian action",
            D(2018, 3, 1), D(2019, 12, 31), "Inter-agency toolkit on child labour");
        w.Report(toolkit, At(2018, 10, 19), ActivityStatus.OnTrack, 35, "Toolkit structure agreed and the assessment module drafted.");
        w.Report(toolkit, At(2019, 6, 7), ActivityStatus.OnTrack, 70, "Toolkit tested with partners in Lebanon and Bangladesh.");
        w.Report(toolkit, At(2019, 12, 6), ActivityStatus.Completed, 100, "Toolkit published and presented at the annual meeting.");

        var clusters = w.Add("A", "standard-setting", "Integrate child labour into education and livelihoods cluster guidance",
            D(2018, 9, 1), D(2020, 6, 30), "Child labour sections in education and livelihoods cluster guidance");
        w.Report(clusters, At(2019, 5, 17), ActivityStatus.OnTrack, 40, "Education cluster guidance revised with a child labour section.");
        w.Report(clusters, At(2020, 6, 19), ActivityStatus.Completed, 100, "Livelihoods guidance also revised; both published.");

        var assessment = w.Add("B", "evidence", "Assess the worst forms of child labour among refugee children in Lebanon and Jordan",
            D(2019, 2, 1), D(2020, 6, 30), "Assessment report with recommendations");
        w.Report(assessment, At(2019, 9, 27), ActivityStatus.OnTrack, 50, "Data collection completed with 1,050 children and caregivers.");
        w.Report(assessment, At(2020, 6, 12), ActivityStatus.Completed, 100, "Report launched with the Lebanon and Jordan child protection coordination groups.");

        var online = w.Add("CAPACITY", "capacity-building", "Deliver online child labour training for humanitarian practitioners",
            D(2020, 3, 1), D(2020, 12, 31), "Online course with 300 participants");
        w.Report(online, At(2020, 7, 3), ActivityStatus.OnTrack, 50, "Course launched; 180 participants enrolled.");
        w.Report(online, At(2020, 12, 18), ActivityStatus.Completed, 100, "Course completed by 326 practitioners from 41 countries.");

        var overviews = w.Add("PREV", "advocacy", "Advocate for child labour to be analysed in humanitarian needs overviews",
            D(2019, 6, 1), D(2021, 3, 31), "Child labour analysis in eight humanitarian needs overviews");
        w.Report(overviews, At(2020, 2, 14), ActivityStatus.OnTrack, 30, "Child labour analysed in three of the 2020 needs overviews.");
        w.Report(overviews, At(2020, 12, 11), ActivityStatus.OnTrack, 60, "Five of the 2021 needs overviews include child labour analysis.");

        var focalPoints = w.Add("C", "capacity-building", "Support national child labour focal points in three countries",
            D(2020, 6, 1), D(2021, 6, 30), "Trained and resourced national focal points in three countries");
        w.Report(focalPoints, At(2020, 9, 25), ActivityStatus.OnTrack, 20, "Focal points identified with national members in Burkina Faso and Yemen.");
        w.Report(focalPoints, At(2021, 1, 29), ActivityStatus.OffTrack, 20, "Funding for the third country fell through and no progress was possible this quarter.");
    }

    private static void Uasc(WorkplanWriter w)
    {
        var handbook = w.Add("B", "standard-setting", "Update the field handbook on unaccompanied and separated children",
            D(2018, 1, 15), D(2020, 6, 30), "Updated field handbook");
        w.Report(handbook, At(2018, 9, 28), ActivityStatus.OnTrack, 30, "Chapters on alternative care and interim care drafted.");
        w.Report(handbook, At(2019, 8, 16), ActivityStatus.OnTrack, 70, "Full draft reviewed by 15 member organisations.");
        w.Report(handbook, At(2020, 5, 29), ActivityStatus.Completed, 100, "Updated handbook published online.");

        var tracing = w.Add("CAPACITY", "capacity-building", "Deliver family tracing and reunification training in Bangladesh and Uganda",
            D(2018, 10, 1), D(2019, 12, 31), "Two national trainings");
        w.Report(tracing, At(2019, 4, 5), ActivityStatus.OnTrack, 50, "Training in Cox's Bazar delivered to 34 caseworkers.");
        w.Report(tracing, At(2019, 11, 29), ActivityStatus.Completed, 100, "Training in Arua delivered with the district probation office.");

        var care = w.Add("A", "standard-setting", "Agree inter-agency alternative care guidance with shelter and camp management actors",
            D(2019, 2, 1), D(2020, 9, 30), "Joint alternative care guidance");
        w.Report(care, At(2019, 10, 4), ActivityStatus.OnTrack, 45, "Guidance drafted with the shelter and camp management clusters.");
        w.Report(care, At(2020, 9, 18), ActivityStatus.Completed, 100, "Guidance endorsed by both clusters.");

        var workshop = w.Add("C", "convening", "Hold a regional workshop on unaccompanied children for national authorities in Latin America",
            D(2019, 9, 1), D(2020, 10, 31), "Regional workshop report");
        w.Report(workshop, At(2020, 2, 21), ActivityStatus.OnTrack, 35, "Workshop agenda agreed with authorities of five countries.");
        w.Report(workshop, At(2020, 8, 28), ActivityStatus.AtRisk, 50, "In-person workshop cannot take place in 2020; an online version is under discussion.");

        var separation = w.Add("PREV", "evidence", "Study the prevention of family separation during population movements",
            D(2019, 6, 1), D(2021, 6, 30), "Study report with prevention recommendations");
        w.Report(separation, At(2019, 12, 20), ActivityStatus.OnTrack, 25, "Literature review completed; data collection in Colombia prepared.");
        w.Report(separation, At(2020, 11, 6), ActivityStatus.OnTrack, 55, "Interviews completed remotely with 80 families.");

        w.Add("B", "evidence", "Evaluate the interoperability of family tracing databases",
            D(2020, 9, 1), D(2021, 6, 30), "Evaluation report");
    }
}
