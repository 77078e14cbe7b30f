namespace Alliance.Web.Features.Members.Manage;

/// <summary>
/// The two forms of the organisation page (details, leaving) and what the last save said of the
/// organisation, kept together so that each form always carries the version the user last saw.
/// </summary>
public sealed class OrganisationEditing
{
    public ManagedOrganisation? Organisation { get; private set; }
    public OrganisationForm? Form { get; private set; }
    public LeavingForm? Leaving { get; private set; }

    /// <summary>The organisation as someone else left it, after a conflict on the details.</summary>
    public ManagedOrganisation? Conflict { get; private set; }

    /// <summary>The organisation that already has the name typed.</summary>
    public ManagedOrganisation? Duplicate { get; private set; }

    public void StartNew() => (Organisation, Form, Leaving, Conflict, Duplicate) = (null, new OrganisationForm(), null, null, null);

    public void Open(ManagedOrganisation? organisation) =>
        (Organisation, Form, Leaving, Conflict, Duplicate) = (organisation, organisation is null ? null : OrganisationForm.For(organisation),
            organisation is null ? null : LeavingForm.For(organisation), null, null);

    /// <summary>What a save of the details answered: the organisation saved, someone else's, or the one holding the name.</summary>
    public void DetailsAnswered(ChangeResult<ManagedOrganisation> result)
    {
        Duplicate = result.Outcome == ChangeOutcome.Invalid ? result.Current : null;
        Conflict = result.Outcome == ChangeOutcome.Conflict ? result.Current : null;
        if (result.Succeeded)
        {
            // Both forms take the new version, so that their next save is not a conflict with the user's own; the leaving date typed stays.
            Organisation = result.Current;
            Form = OrganisationForm.For(result.Current!);
            Leaving!.Version = result.Current!.Version;
        }
    }

    public void LeavingAnswered(ChangeResult<ManagedOrganisation> result)
    {
        if (result.Outcome == ChangeOutcome.Conflict)
        {
            Organisation = result.Current;
        }
        else if (result.Succeeded)
        {
            Organisation = result.Current;
            Leaving = LeavingForm.For(result.Current!);
            Form!.Version = result.Current!.Version;
        }
    }

    /// <summary>After a conflict: start again from the other person's version.</summary>
    public void LoadCurrent() => Open(Conflict);

    /// <summary>After a conflict: the user has seen the other change and replaces it; their next save carries its version.</summary>
    public void KeepMine()
    {
        Form!.Version = Conflict!.Version;
        (Organisation, Leaving, Conflict) = (Conflict, LeavingForm.For(Conflict), null);
    }

    public void ResetLeaving() => Leaving = LeavingForm.For(Organisation!);
}
