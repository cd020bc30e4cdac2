using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.Serialization;
using Azure.Data.Tables;

namespace CouncilMinutes.Ingestion.Tables;

/// <summary>
/// The columns an entity is stored with, as Azure.Data.Tables sends them: a <see cref="TableEntity"/>'s entries, or a typed
/// row's public properties under their <see cref="DataMemberAttribute"/> names, less <see cref="IgnoreDataMemberAttribute"/>
/// ones and the keys, timestamp and ETag the service keeps itself. What our limits (<see cref="EntitySize"/>) measure.
/// </summary>
public static class TableColumns
{
    private static readonly ConcurrentDictionary<Type, IReadOnlyList<(string Name, PropertyInfo Property)>> Typed = new();

    /// <summary>Each column's name and value; a null value is a column the entity lacks (the service stores nothing for it).</summary>
    public static IEnumerable<(string Name, object? Value)> Of(ITableEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return entity is TableEntity properties
            ? properties.Where(p => !IsSystem(p.Key)).Select(p => (p.Key, (object?)p.Value))
            : Named(entity.GetType()).Select(c => (c.Name, c.Property.GetValue(entity)));
    }

    /// <summary>The column names of a typed row, in declaration order.</summary>
    public static IReadOnlyList<string> Names(Type rowType) => [.. Named(rowType).Select(c => c.Name)];

    private static IReadOnlyList<(string Name, PropertyInfo Property)> Named(Type rowType) => Typed.GetOrAdd(rowType, type =>
        [
            .. type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.CanRead && p.GetIndexParameters().Length == 0 && !p.IsDefined(typeof(IgnoreDataMemberAttribute)))
                .Select(p => (Name: p.GetCustomAttribute<DataMemberAttribute>()?.Name ?? p.Name, Property: p))
                .Where(c => !IsSystem(c.Name)),
        ]);

    private static bool IsSystem(string name) => name is "PartitionKey" or "RowKey" or "Timestamp" or "ETag" or "odata.etag";
}
