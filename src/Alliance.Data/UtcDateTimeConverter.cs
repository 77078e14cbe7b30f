using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Alliance.Data;

/// <summary>Every timestamp is stored in UTC and comes back marked as UTC, whatever the provider.</summary>
internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
