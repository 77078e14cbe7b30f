using Alliance.Domain.Plans;

namespace Alliance.Domain.WorkingGroups;

/// <summary>
/// A kind of group that delivers the plans: working group, task force, initiative. Data, in every
/// language the portal speaks; a group keeps its kind from one plan to the next.
/// </summary>
public class GroupKind
{
    public const int CodeMaxLength = 32;
    public const int NameMaxLength = 100;

    private GroupKind()
    {
        Code = NameEn = NameFr = "";
    }

    public GroupKind(string code, LocalizedText name, int sortOrder)
    {
        Code = Guard.Required(code, nameof(Code), CodeMaxLength).ToLowerInvariant();
        NameEn = Guard.Required(name.En, nameof(NameEn), NameMaxLength);
        NameFr = Guard.Required(name.Fr, nameof(NameFr), NameMaxLength);
        SortOrder = sortOrder;
    }

    public int Id { get; private set; }
    public string Code { get; private set; }
    public string NameEn { get; private set; }
    public string NameFr { get; private set; }

    /// <summary>Where groups of this kind come in lists (working groups first).</summary>
    public int SortOrder { get; private set; }

    public LocalizedText Name => new(NameEn, NameFr);
}
