using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using Alliance.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Alliance.Web.Features.Audit;

/// <summary>
/// Every action the audit trail records, as the portal's own words with <c>{0}</c>, <c>{1}</c> for
/// what it acts on. The trail stores the English sentence (a record does not change with its reader);
/// the audit page and its downloads show it in the reader's language through <c>Action_{Name}</c> in
/// <see cref="AuditStrings"/>, and show an action the portal has no words for as it was stored.
/// </summary>
public static partial class AuditActions
{
    public static readonly AuditAction AddOrganisation = new("add an organisation");
    public static readonly AuditAction EditOrganisation = new("edit organisation {0}");
    public static readonly AuditAction RecordLeaving = new("record the leaving of organisation {0}");
    public static readonly AuditAction AssignSeat = new("assign seat {0}");
    public static readonly AuditAction EndTenure = new("end tenure {0}");
    public static readonly AuditAction RenewTenure = new("renew tenure {0}");
    public static readonly AuditAction ChangeRepresentative = new("change the representative of tenure {0}");
    public static readonly AuditAction RecordProgress = new("record progress on activity {0}");
    public static readonly AuditAction AddActivity = new("add an activity to the workplan of {0}");
    public static readonly AuditAction EditActivity = new("edit activity {0}");
    public static readonly AuditAction ArchiveActivity = new("archive activity {0}");
    public static readonly AuditAction RestoreActivity = new("restore activity {0}");
    public static readonly AuditAction DefineIndicator = new("define an indicator of objective {0}");
    public static readonly AuditAction CorrectIndicator = new("correct indicator {0}");
    public static readonly AuditAction RecordIndicatorValue = new("record a value of indicator {0}");
    public static readonly AuditAction CreatePlan = new("create the draft plan {0}");
    public static readonly AuditAction AddElementKind = new("add a kind of element to plan {0}");
    public static readonly AuditAction AddPlanElement = new("add an element to plan {0}");
    public static readonly AuditAction AddPlanCategory = new("add a category of work to plan {0}");
    public static readonly AuditAction AddPlanCommitment = new("add a commitment to plan {0}");
    public static readonly AuditAction RewordPlanElement = new("reword an element of plan {0}");
    public static readonly AuditAction HandOverCoLead = new("hand over a co-lead of group {0}");
    public static readonly AuditAction RemovePlanElement = new("remove an element from plan {0}");
    public static readonly AuditAction PutPlanInForce = new("put plan {0} in force and close the plan it replaces");
    public static readonly AuditAction SaveAccount = new("save the account {0}");
    public static readonly AuditAction SendInvitationAgain = new("send the invitation again to {0}");
    public static readonly AuditAction LockAccount = new("lock the account {0}");
    public static readonly AuditAction UnlockAccount = new("unlock the account {0}");
    public static readonly AuditAction AskPasswordReset = new("ask for a password reset link");
    public static readonly AuditAction SignIn = new("sign in");
    public static readonly AuditAction SignOut = new("sign out");
    public static readonly AuditAction PasswordStep = new("sign in with a password: {0}");
    public static readonly AuditAction AuthenticatorStep = new("sign in with an authenticator code: {0}");
    public static readonly AuditAction RecoveryCodeStep = new("sign in with a recovery code: {0}");
    public static readonly AuditAction StepFailed = new("failed");
    public static readonly AuditAction StepRefusedLocked = new("refused: account locked");
    public static readonly AuditAction StepRefusedNotAllowed = new("refused: not allowed");
    public static readonly AuditAction PauseSignIn = new("pause sign-in from this address for {0} min after {1} tries");
    public static readonly AuditAction StartUp = new(Data.Seeding.DatabaseInitializer.StartUpAction);

    /// <summary>Every action by its name (the field's), in the order above.</summary>
    public static IReadOnlyList<(string Name, AuditAction Action)> All { get; } =
        typeof(AuditActions).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(AuditAction))
            .Select(f => (f.Name, (AuditAction)f.GetValue(null)!))
            .ToList();

    /// <summary>
    /// A stored action in the reader's language: the first action whose words it has, with what it
    /// acts on put back (itself described, as a step's outcome is); as stored when none has them.
    /// </summary>
    public static string Describe(string stored, IStringLocalizer<AuditStrings> text)
    {
        foreach (var (name, action) in All)
        {
            if (action.Read(stored) is { } subjects)
            {
                var words = text[$"Action_{name}"];
                return words.ResourceNotFound
                    ? stored
                    : string.Format(CultureInfo.CurrentCulture, words.Value, [.. subjects.Select(s => (object)Describe(s, text))]);
            }
        }
        return stored;
    }
}

/// <summary>One action of the trail: its English words, with <c>{0}</c>, <c>{1}</c> for what it acts on.</summary>
public sealed partial class AuditAction
{
    // The words between the placeholders: a stored action is this action when it has them all, in order.
    private readonly string[] _words;
    private readonly int _wordsLength;

    public AuditAction(string template)
    {
        Template = template;
        _words = Placeholder().Split(template);
        _wordsLength = _words.Sum(w => w.Length);
    }

    public string Template { get; }

    /// <summary>The action as stored, about these subjects.</summary>
    public string Of(params object[] subjects) => string.Format(CultureInfo.InvariantCulture, Template, subjects);

    /// <summary>What a stored action acts on, when it is this action; null when it is another. Plain text search: no pattern, no timeout.</summary>
    public IReadOnlyList<string>? Read(string stored)
    {
        if (!stored.StartsWith(_words[0], StringComparison.Ordinal) || !stored.EndsWith(_words[^1], StringComparison.Ordinal)
            || stored.Length < _wordsLength)
        {
            return null;
        }
        if (_words.Length == 1)
        {
            return stored.Length == Template.Length ? [] : null;
        }
        var subjects = new List<string>(_words.Length - 1);
        var at = _words[0].Length;
        var end = stored.Length - _words[^1].Length;
        for (var i = 1; i < _words.Length - 1; i++)
        {
            // The shortest subject before the next words, as a lazy pattern would take it.
            var next = _words[i].Length == 0 ? -1 : stored.IndexOf(_words[i], at + 1, StringComparison.Ordinal);
            if (next < 0 || next > end)
            {
                return null;
            }
            subjects.Add(stored[at..next]);
            at = next + _words[i].Length;
        }
        if (at >= end)
        {
            return null;
        }
        subjects.Add(stored[at..end]);
        return subjects;
    }

    public override string ToString() => Template;

    [GeneratedRegex(@"\{\d\}")]
    private static partial Regex Placeholder();
}
