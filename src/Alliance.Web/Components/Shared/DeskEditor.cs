namespace Alliance.Web.Components.Shared;

/// <summary>
/// What every staff editor keeps between clicks: one save at a time (a second click while the
/// first is on its way does nothing), and the last result's messages for <see cref="ChangeMessages"/>
/// and <see cref="FieldError"/>. Pages hold one and save through it.
/// </summary>
public sealed class DeskEditor
{
    private static readonly IReadOnlyDictionary<string, string> s_none = new Dictionary<string, string>();

    public bool Saving { get; private set; }

    /// <summary>The last refused change's messages, by form property ("" for the change as a whole).</summary>
    public IReadOnlyDictionary<string, string> Errors { get; private set; } = s_none;

    /// <summary>What the last saved change said.</summary>
    public string? Confirmation { get; private set; }

    /// <summary>Bumped by every save and reset, so that inputs keyed by it start afresh with the messages they are given.</summary>
    public int Revision { get; private set; }

    /// <summary>Runs one save; null if another is still running. The page decides what the outcome means for its forms.</summary>
    public async Task<ChangeResult<T>?> SaveAsync<T>(Func<Task<ChangeResult<T>>> save, Func<ChangeResult<T>, string?>? confirmation = null) where T : class
    {
        if (Saving)
        {
            return null;
        }
        Saving = true;
        try
        {
            var result = await save();
            Revision++;
            Errors = result.Succeeded ? s_none : result.Errors;
            Confirmation = result.Succeeded ? confirmation?.Invoke(result) ?? result.Confirmation : null;
            return result;
        }
        finally
        {
            Saving = false;
        }
    }

    /// <summary>Forgets the messages, when a form is opened or closed.</summary>
    public void Reset(string? confirmation = null)
    {
        Revision++;
        Errors = s_none;
        Confirmation = confirmation;
    }
}
