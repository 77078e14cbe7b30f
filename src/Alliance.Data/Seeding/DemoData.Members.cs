using Alliance.Domain.Members;
using Alliance.Domain.Plans;
using Alliance.Domain.SteeringCommittee;
using Alliance.Domain.WorkingGroups;
using Alliance.Domain.Workplans;

namespace Alliance.Data.Seeding;

// The demo data: the member register.
internal static partial class DemoData
{
    /// <summary>
    /// The register. Founding members joined before the membership launch of November 2016;
    /// about two thirds of those who joined since are local or national actors, as the plan reports.
    /// </summary>
    private sealed class Members
    {
        private readonly List<Organisation> _all = [];

        public Members()
        {
            // Founding members (before the launch of open membership, 1 November 2016).
            Unicef = Add("United Nations Children's Fund", "UNICEF", OrganisationType.Multilateral, OrganisationScope.Global, null, D(2010, 3, 1));
            SaveTheChildren = Add("Save the Children International", null, OrganisationType.InternationalNgo, OrganisationScope.Global, "GB", D(2010, 3, 1));
            Irc = Add("International Rescue Committee", "IRC", OrganisationType.InternationalNgo, OrganisationScope.Global, "US", D(2010, 6, 15));
            Plan = Add("Plan International", null, OrganisationType.InternationalNgo, OrganisationScope.Global, "GB", D(2011, 2, 1));
            WorldVision = Add("World Vision International", "WVI", OrganisationType.InternationalNgo, OrganisationScope.Global, "GB", D(2011, 2, 1));
            Tdh = Add("Terre des hommes Foundation", "Tdh", OrganisationType.InternationalNgo, OrganisationScope.Global, "CH", D(2012, 5, 10));
            Unhcr = Add("Office of the United Nations High Commissioner for Refugees", "UNHCR", OrganisationType.Multilateral, OrganisationScope.Global, null, D(2012, 9, 3));
            Columbia = Add("Columbia University", null, OrganisationType.Academic, OrganisationScope.Global, "US", D(2013, 4, 22));
            Drc = Add("Danish Refugee Council", "DRC", OrganisationType.InternationalNgo, OrganisationScope.Global, "DK", D(2014, 1, 20));
            WarChild = Add("War Child Holland", null, OrganisationType.InternationalNgo, OrganisationScope.Global, "NL", D(2014, 6, 2));
            MercyCorps = Add("Mercy Corps", null, OrganisationType.InternationalNgo, OrganisationScope.Global, "US", D(2015, 2, 16));
            ChildFund = Add("ChildFund International", null, OrganisationType.InternationalNgo, OrganisationScope.Global, "US", D(2015, 2, 16));
            AsiaPacific = Add("Asia-Pacific Child Protection Network", "APCPN", OrganisationType.RegionalNgo, OrganisationScope.Regional, "TH", D(2016, 3, 14));

            // New members, November 2016 to 2020.
            MaliAssociation = Add("Association Enfance et Avenir", "AEA", OrganisationType.NationalNgo, OrganisationScope.National, "ML", D(2016, 11, 15));
            Add("Réseau nigérien des droits de l'enfant", "RENIDE", OrganisationType.NationalNgo, OrganisationScope.National, "NE", D(2016, 11, 28));
            Nrc = Add("Norwegian Refugee Council", "NRC", OrganisationType.InternationalNgo, OrganisationScope.Global, "NO", D(2016, 12, 5));
            Add("Juba Children's Voice", null, OrganisationType.PartnerCountryBasedNgo, OrganisationScope.Local, "SS", D(2016, 12, 12));
            Iom = Add("International Organization for Migration", "IOM", OrganisationType.Multilateral, OrganisationScope.Global, null, D(2017, 1, 16));
            Add("Somali Child Protection Alliance", "SCPA", OrganisationType.NationalNgo, OrganisationScope.National, "SO", D(2017, 1, 30));
            CarAssociation = Add("Association centrafricaine pour la protection de l'enfance", "ACPE", OrganisationType.NationalNgo, OrganisationScope.National, "CF", D(2017, 2, 20));
            SafeguardAnalytics = Add("Safeguard Analytics Ltd", null, OrganisationType.PrivateSector, OrganisationScope.Global, "GB", D(2017, 2, 27));
            JordanSociety = Add("Jordanian Society for Child Wellbeing", "JSCW", OrganisationType.NationalNgo, OrganisationScope.National, "JO", D(2017, 3, 13));
            Ilo = Add("International Labour Organization", "ILO", OrganisationType.Multilateral, OrganisationScope.Global, null, D(2017, 3, 27));
            EastAfrica = Add("East Africa Child Protection Coalition", "EACPC", OrganisationType.RegionalNgo, OrganisationScope.Regional, "KE", D(2017, 4, 10));
            Kivu = Add("Kivu Child Rights Network", "KCRN", OrganisationType.PartnerCountryBasedNgo, OrganisationScope.Local, "CD", D(2017, 5, 3));
            Add("Borno Youth and Child Welfare Initiative", "BYCWI", OrganisationType.PartnerCountryBasedNgo, OrganisationScope.Local, "NG", D(2017, 5, 22));
            Add("Direction régionale de la promotion de l'enfant de Mopti", null, OrganisationType.LocalGovernment, OrganisationScope.Local, "ML", D(2017, 6, 12));
            HumanityInclusion = Add("Humanity & Inclusion", "HI", OrganisationType.InternationalNgo, OrganisationScope.Global, "FR", D(2017, 6, 26));
            Add("Syrian Children's Relief Association", "SCRA", OrganisationType.NationalNgo, OrganisationScope.National, "SY", D(2017, 7, 10));
            Add("Mosul Family Support Centre", null, OrganisationType.PartnerCountryBasedNgo, OrganisationScope.Local, "IQ", D(2017, 8, 21));
            Add("Burkina Enfance Solidarité", "BES", OrganisationType.NationalNgo, OrganisationScope.National, "BF", D(2017, 9, 4));
            Iss = Add("International Social Service", "ISS", OrganisationType.InternationalNgo, OrganisationScope.Global, "CH", D(2017, 9, 18));
            Add("Bekaa Child and Family Centre", null, OrganisationType.PartnerCountryBasedNgo, OrganisationScope.Local, "LB", D(2017, 10, 9));
            Add("Herat Children's Support Organisation", "HCSO", OrganisationType.PartnerCountryBasedNgo, OrganisationScope.Local, "AF", D(2017, 10, 30));
            Add("West African Child Protection Network", "WACPN", OrganisationType.RegionalNgo, OrganisationScope.Regional, "SN", D(2017, 11, 20));
            Add("Cox's Bazar Shishu Kalyan Trust", null, OrganisationType.PartnerCountryBasedNgo, OrganisationScope.Local, "BD", D(2017, 12, 4));
            Add("Yemen Child Protection Foundation", "YCPF", OrganisationType.NationalNgo, OrganisationScope.National, "YE", D(2018, 1, 22));
            Crs = Add("Catholic Relief Services", "CRS", OrganisationType.InternationalNgo, OrganisationScope.Global, "US", D(2018, 2, 5));
            Add("Association tchadienne Enfants du Sahel", "ATES", OrganisationType.PartnerCountryBasedNgo, OrganisationScope.Local, "TD", D(2018, 2, 26));
            Nepal = Add("Nepal Child Safeguarding Forum", "NCSF", OrganisationType.NationalNgo, OrganisationScope.National, "NP", D(2018, 3, 19));
            Add("Mindanao Children's Rights Advocates", "MCRA", OrganisationType.PartnerCountryBasedNgo, OrganisationScope.Local, "PH", D(2018, 4, 16));
            Add("Fondation haïtienne pour l'enfance", "FHE", OrganisationType.NationalNgo, OrganisationScope.National, "HT", D(2018, 5, 7));
            Add("Women's Refugee Commission", "WRC", OrganisationType.InternationalNgo, OrganisationScope.Global, "US", D(2018, 5, 28));
            Turkana = Add("Turkana Children's Rights Centre", "TCRC", OrganisationType.PartnerCountryBasedNgo, OrganisationScope.Local, "KE", D(2018, 6, 18));
            Add("Corporación Niñez y Paz", null, OrganisationType.NationalNgo, OrganisationScope.National, "CO", D(2018, 7, 9));
            Add("Arua District Probation and Social Welfare Office", null, OrganisationType.LocalGovernment, OrganisationScope.Local, "UG", D(2018, 8, 13));
            Add("Rakhine Community Child Care Group", null, OrganisationType.PartnerCountryBasedNgo, OrganisationScope.Local, "MM", D(2018, 9, 10));
            Add("Queen Margaret University", "QMU", OrganisationType.Academic, OrganisationScope.Global, "GB", D(2018, 10, 1));
            Add("Extrême-Nord Enfance Sécurité", "ENES", OrganisationType.PartnerCountryBasedNgo, OrganisationScope.Local, "CM", D(2018, 11, 5));
            Add("SOS Children's Villages International", null, OrganisationType.InternationalNgo, OrganisationScope.Global, "AT", D(2018, 11, 26));
            Add("Middle East and North Africa Child Protection Forum", "MENA CPF", OrganisationType.RegionalNgo, OrganisationScope.Regional, "JO", D(2019, 1, 14));
            Add("Gambella Child Welfare Association", "GCWA", OrganisationType.PartnerCountryBasedNgo, OrganisationScope.Local, "ET", D(2019, 2, 11));
            Add("Ukrainian Children's Aid Centre", "UCAC", OrganisationType.NationalNgo, OrganisationScope.National, "UA", D(2019, 3, 11));
            var benghazi = Add("Benghazi Children's Protection Society", null, OrganisationType.PartnerCountryBasedNgo, OrganisationScope.Local, "LY", D(2019, 4, 8));
            Add("Lutheran World Federation", "LWF", OrganisationType.InternationalNgo, OrganisationScope.Global, "CH", D(2019, 5, 6));
            Add("Gaza Child and Family Counselling Centre", null, OrganisationType.PartnerCountryBasedNgo, OrganisationScope.Local, "PS", D(2019, 6, 17));
            Add("West Darfur Child Protection Network", null, OrganisationType.PartnerCountryBasedNgo, OrganisationScope.Local, "SD", D(2019, 9, 23));
            Add("Red Latinoamericana de Niñez en Emergencias", "RELANE", OrganisationType.RegionalNgo, OrganisationScope.Regional, "PA", D(2019, 11, 4));
            Add("Associação Crianças de Cabo Delgado", "ACCD", OrganisationType.PartnerCountryBasedNgo, OrganisationScope.Local, "MZ", D(2020, 3, 2));
            Add("HelpAge International", null, OrganisationType.InternationalNgo, OrganisationScope.Global, "GB", D(2020, 5, 11));
            Add("Sindh Child Rights Committee", "SCRC", OrganisationType.NationalNgo, OrganisationScope.National, "PK", D(2020, 8, 3));
            Add("Oak Foundation", null, OrganisationType.Foundation, OrganisationScope.Global, "CH", D(2020, 10, 19));

            SafeguardAnalytics.RecordLeaving(D(2019, 6, 30));
            benghazi.RecordLeaving(D(2020, 3, 31));
        }

        public IReadOnlyList<Organisation> All => _all;

        public Organisation Unicef { get; }
        public Organisation SaveTheChildren { get; }
        public Organisation Irc { get; }
        public Organisation Plan { get; }
        public Organisation WorldVision { get; }
        public Organisation Tdh { get; }
        public Organisation Unhcr { get; }
        public Organisation Columbia { get; }
        public Organisation Drc { get; }
        public Organisation WarChild { get; }
        public Organisation MercyCorps { get; }
        public Organisation ChildFund { get; }
        public Organisation AsiaPacific { get; }
        public Organisation MaliAssociation { get; }
        public Organisation Nrc { get; }
        public Organisation Iom { get; }
        public Organisation CarAssociation { get; }
        public Organisation SafeguardAnalytics { get; }
        public Organisation JordanSociety { get; }
        public Organisation Ilo { get; }
        public Organisation EastAfrica { get; }
        public Organisation Kivu { get; }
        public Organisation HumanityInclusion { get; }
        public Organisation Iss { get; }
        public Organisation Crs { get; }
        public Organisation Nepal { get; }
        public Organisation Turkana { get; }

        private Organisation Add(string name, string? acronym, OrganisationType type, OrganisationScope scope, string? country, DateOnly joinedOn)
        {
            var organisation = new Organisation(name, acronym, type, scope, country, joinedOn);
            _all.Add(organisation);
            return organisation;
        }
    }
}
