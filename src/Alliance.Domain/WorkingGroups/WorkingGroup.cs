using Alliance.Domain.Members;
using Alliance.Domain.Plans;

namespace Alliance.Domain.WorkingGroups;

/// <summary>A working group, task force or initiative of the Alliance, with its co-lead organisations and lead users.</summary>
public class WorkingGroup
{
    public const int NameMaxLength = 200;
    public const int ShortNameMaxLength = 40;
    public const int SlugMaxLength = 60;
    public const int MissionMaxLength = 2000;

    private readonly List<WorkingGroupCoLead> _coLeads = [];
    private readonly List<WorkingGroupLead> _leads = [];
    private readonly List<WorkingGroupMember> _members = [];

    private WorkingGroup()
    {
        NameEn = NameFr = ShortName = Slug = MissionEn = MissionFr = "";
    }

    public WorkingGroup(LocalizedText name, string shortName, string slug, GroupKind kind, LocalizedText mission)
    {
        NameEn = Guard.Required(name.En, nameof(NameEn), NameMaxLength);
        NameFr = Guard.Required(name.Fr, nameof(NameFr), NameMaxLength);
        ShortName = Guard.Required(shortName, nameof(ShortName), ShortNameMaxLength);
        Slug = NormalizeSlug(slug);
        Kind = kind;
        MissionEn = Guard.RequiredLines(mission.En, nameof(MissionEn), MissionMaxLength);
        MissionFr = Guard.RequiredLines(mission.Fr, nameof(MissionFr), MissionMaxLength);
    }

    public int Id { get; private set; }
    public string NameEn { get; private set; }
    public string NameFr { get; private set; }
    public string ShortName { get; private set; }

    /// <summary>The group's address in the portal, e.g. <c>/working-groups/cpms</c>.</summary>
    public string Slug { get; private set; }
    public int KindId { get; private set; }
    public GroupKind Kind { get; private set; } = null!;
    public string MissionEn { get; private set; }
    public string MissionFr { get; private set; }
    public IReadOnlyList<WorkingGroupCoLead> CoLeads => _coLeads;
    public IReadOnlyList<WorkingGroupLead> Leads => _leads;

    /// <summary>Organisations taking part in the group (its co-leads are listed separately).</summary>
    public IReadOnlyList<WorkingGroupMember> Members => _members;

    public LocalizedText Name => new(NameEn, NameFr);
    public LocalizedText Mission => new(MissionEn, MissionFr);

    public bool IsLedBy(string userId) => _leads.Any(l => l.UserId == userId);

    /// <summary>The co-leads on <paramref name="day"/>.</summary>
    public IEnumerable<WorkingGroupCoLead> CoLeadsOn(DateOnly day) => _coLeads.Where(c => c.IsCurrentOn(day));

    /// <summary>An organisation starts co-leading the group; one that already co-leads it stays as it is.</summary>
    public void AddCoLead(Organisation organisation, DateOnly since)
    {
        if (OpenTermOf(organisation) is not null)
        {
            return;
        }
        _coLeads.Add(new WorkingGroupCoLead(this, organisation, since));
    }

    /// <summary>An organisation hands over its co-lead: its term ends on <paramref name="endedOn"/> and it becomes a former co-lead.</summary>
    public void EndCoLead(Organisation organisation, DateOnly endedOn)
    {
        var term = OpenTermOf(organisation)
            ?? throw new DomainException("NotACoLead", "{0} does not co-lead this group.", organisation.Name);
        term.End(endedOn);
    }

    /// <summary>
    /// Rotates a co-lead: <paramref name="from"/>'s term ends on <paramref name="on"/> and <paramref name="to"/>'s begins that day.
    /// The day is not after <paramref name="today"/> and comes after the term it ends began; the new co-lead is a member that day
    /// and does not co-lead the group already.
    /// </summary>
    public void HandOverCoLead(Organisation from, Organisation to, DateOnly on, DateOnly today)
    {
        var term = OpenTermOf(from)
            ?? throw new DomainException("NotACoLead", "{0} does not co-lead this group.", from.Name) { Field = "From" };
        if (on > today)
        {
            throw new DomainException("HandoverInFuture", "A handover is recorded once it has happened: {0} is after today.", on) { Field = "On" };
        }
        if (OpenTermOf(to) is not null)
        {
            throw new DomainException("AlreadyCoLead", "{0} already co-leads this group.", to.Name) { Field = "To" };
        }
        if (!to.IsMemberOn(on))
        {
            throw new DomainException("CoLeadNotMember", "{0} is not a member of the Alliance on {1}.", to.Name, on) { Field = "To" };
        }
        term.End(on);
        _coLeads.Add(new WorkingGroupCoLead(this, to, on));
    }

    private WorkingGroupCoLead? OpenTermOf(Organisation organisation) =>
        _coLeads.FirstOrDefault(c => c.IsOpen && (c.Organisation == organisation || (organisation.Id != 0 && c.OrganisationId == organisation.Id)));

    public void AddMember(Organisation organisation)
    {
        if (!_members.Any(m => m.Organisation == organisation || (organisation.Id != 0 && m.OrganisationId == organisation.Id)))
        {
            _members.Add(new WorkingGroupMember(this, organisation));
        }
    }

    public void AddLead(string userId)
    {
        var id = Guard.Required(userId, nameof(WorkingGroupLead.UserId), WorkingGroupLead.UserIdMaxLength);
        if (!IsLedBy(id))
        {
            _leads.Add(new WorkingGroupLead(this, id));
        }
    }

    public void RemoveLead(string userId) => _leads.RemoveAll(l => l.UserId == userId);

    private static string NormalizeSlug(string slug)
    {
        var value = Guard.Required(slug, nameof(Slug), SlugMaxLength).ToLowerInvariant();
        if (!value.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
        {
            throw new DomainException("InvalidSlug", "The address name may contain only lower-case letters, digits and hyphens.");
        }
        return value;
    }
}
