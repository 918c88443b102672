namespace Ladder.Catalog;

/// <summary>The catalog database is missing, unreadable or from another schema version.</summary>
public sealed class CatalogException(string message, Exception? inner = null) : Exception(message, inner);
