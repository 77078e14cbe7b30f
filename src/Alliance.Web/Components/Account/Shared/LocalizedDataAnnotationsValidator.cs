using System.ComponentModel.DataAnnotations;
using System.Reflection;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.Localization;

using Alliance.Web.Resources;

namespace Alliance.Web.Components.Account.Shared;

/// <summary>
/// Replaces <see cref="DataAnnotationsValidator"/> in the account forms: it runs the same attributes,
/// but every attribute's <c>ErrorMessage</c> is a key of <see cref="AccountStrings"/>, translated into
/// the request's UI culture. A <see cref="StringLengthAttribute"/> message receives
/// {0} = maximum length and {1} = minimum length.
/// </summary>
public sealed class LocalizedDataAnnotationsValidator : ComponentBase, IDisposable
{
    private EditContext? _editContext;
    private ValidationMessageStore? _messages;

    [CascadingParameter]
    private EditContext? CurrentEditContext { get; set; }

    [Inject]
    private IStringLocalizer<AccountStrings> L { get; set; } = default!;

    protected override void OnParametersSet()
    {
        if (CurrentEditContext is null)
        {
            throw new InvalidOperationException($"{nameof(LocalizedDataAnnotationsValidator)} must be placed inside an {nameof(EditForm)}.");
        }

        if (ReferenceEquals(CurrentEditContext, _editContext))
        {
            return;
        }

        Unsubscribe();
        _editContext = CurrentEditContext;
        _messages = new ValidationMessageStore(_editContext);
        _editContext.OnValidationRequested += ValidateModel;
        _editContext.OnFieldChanged += ValidateField;
    }

    private void ValidateModel(object? sender, ValidationRequestedEventArgs e)
    {
        var model = _editContext!.Model;
        _messages!.Clear();
        foreach (var property in model.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            AddMessages(new FieldIdentifier(model, property.Name), property);
        }

        _editContext.NotifyValidationStateChanged();
    }

    private void ValidateField(object? sender, FieldChangedEventArgs e)
    {
        var field = e.FieldIdentifier;
        if (field.Model.GetType().GetProperty(field.FieldName) is not { } property)
        {
            return;
        }

        _messages!.Clear(field);
        AddMessages(field, property);
        _editContext!.NotifyValidationStateChanged();
    }

    private void AddMessages(FieldIdentifier field, PropertyInfo property)
    {
        // An empty text box posts "", which [Phone] and [EmailAddress] reject; like MVC, treat it as "no value".
        var value = property.GetValue(field.Model) is string { Length: 0 } ? null : property.GetValue(field.Model);
        var context = new ValidationContext(field.Model) { MemberName = property.Name, DisplayName = property.Name };
        foreach (var attribute in property.GetCustomAttributes<ValidationAttribute>())
        {
            if (attribute.GetValidationResult(value, context) is { } failure)
            {
                _messages!.Add(field, Translate(attribute, failure));
            }
        }
    }

    // An attribute without a key keeps its English default: visible in review, never a blank message.
    private string Translate(ValidationAttribute attribute, ValidationResult failure) => attribute switch
    {
        { ErrorMessage: null or "" } => failure.ErrorMessage ?? "",
        StringLengthAttribute length => L[length.ErrorMessage!, length.MaximumLength, length.MinimumLength],
        _ => L[attribute.ErrorMessage!],
    };

    private void Unsubscribe()
    {
        if (_editContext is not null)
        {
            _editContext.OnValidationRequested -= ValidateModel;
            _editContext.OnFieldChanged -= ValidateField;
        }
    }

    public void Dispose() => Unsubscribe();
}
