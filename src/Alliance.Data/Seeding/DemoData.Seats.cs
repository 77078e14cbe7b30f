using Alliance.Domain.Members;
using Alliance.Domain.Plans;
using Alliance.Domain.SteeringCommittee;
using Alliance.Domain.WorkingGroups;
using Alliance.Domain.Workplans;

namespace Alliance.Data.Seeding;

// The demo data: the 21 steering-committee seats and their tenures.
internal static partial class DemoData
{
    private static List<SteeringCommitteeSeat> BuildSeats(Members m)
    {
        var seats = Enumerable.Range(1, SteeringCommitteeSeat.SeatCount).Select(n => new SteeringCommitteeSeat(n)).ToList();
        var committee = new Committee(seats);

        // On 9 March 2018, when the plan was adopted, seats 13, 16, 18 and 21 were vacant, as the plan
        // says four were. By 31 December 2020 local, national or regional organisations held 13 and 16;
        // 18 and 21 were still vacant: the seat commitment is missed (decision 0017).
        // Past tenures first: seats that changed hands.
        committee.Assign(18, m.ChildFund, "Peter Hansen", D(2015, 4, 1), D(2018, 3, 31)).End(D(2017, 9, 30));
        committee.Assign(19, m.MercyCorps, "Maria Santos", D(2015, 4, 1), D(2018, 3, 31)).End(D(2018, 3, 31));
        committee.Assign(20, m.WarChild, "Olivia Grant", D(2015, 10, 1), D(2018, 9, 30)).End(D(2018, 6, 30));
        committee.Assign(7, m.SafeguardAnalytics, "Ahmed Rahimi", D(2017, 3, 1), D(2020, 2, 28)).End(D(2019, 6, 30));
        committee.Assign(15, m.Iom, "Kofi Mensah", D(2017, 2, 1), D(2020, 1, 31)).End(D(2018, 10, 31));

        committee.Assign(1, m.Unicef, "Margaret Okello", D(2017, 1, 15), D(2027, 6, 30));
        committee.Assign(2, m.SaveTheChildren, "Thomas Lindqvist", D(2017, 1, 15), D(2027, 6, 30));
        committee.Assign(3, m.Irc, "Rafael Moreno", D(2017, 3, 1), D(2027, 1, 31));
        committee.Assign(4, m.Plan, "Priya Raman", D(2017, 3, 1), D(2027, 9, 30));
        committee.Assign(5, m.WorldVision, "Daniel Weber", D(2017, 6, 1), D(2027, 6, 30));
        committee.Assign(6, m.Tdh, "Sophie Laurent", D(2017, 6, 1), D(2027, 12, 31));
        committee.Assign(7, m.JordanSociety, "Nour Haddad", D(2019, 9, 1), D(2027, 8, 31));
        committee.Assign(8, m.Unhcr, "Hanna Nilsen", D(2017, 9, 1), D(2027, 6, 30));
        committee.Assign(9, m.Columbia, "Laura Bianchi", D(2017, 9, 1), D(2027, 12, 31));
        committee.Assign(10, m.Drc, "Claire Dubois", D(2018, 1, 15), D(2027, 2, 15));
        committee.Assign(11, m.Nrc, "Erik Solberg", D(2018, 1, 15), D(2027, 6, 30));
        committee.Assign(12, m.HumanityInclusion, "Élise Marchand", D(2018, 1, 15), D(2027, 9, 30));
        committee.Assign(13, m.EastAfrica, "James Mwangi", D(2018, 4, 1), D(2027, 12, 31));
        committee.Assign(14, m.AsiaPacific, "Mei Lin Tan", D(2017, 6, 1), D(2027, 6, 30));
        committee.Assign(15, m.MaliAssociation, "Fatoumata Keïta", D(2018, 12, 1), D(2027, 11, 30));
        committee.Assign(16, m.Kivu, "Jean-Pierre Mukendi", D(2019, 2, 1), D(2027, 12, 31));
        committee.Assign(17, m.Ilo, "Samuel Tesfaye", D(2018, 1, 15), D(2027, 3, 31));

        // Seat 21 has never been held.
        return seats;
    }
}
