using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace SkillCert.Generator.Export;

/// <summary>
/// The SQLite C functions of the certificates' bulk insert, called on the library that Microsoft.Data.Sqlite loads
/// (e_sqlite3) with the statement's raw pointer. Through SQLitePCL each of a million rows' nineteen calls takes and
/// releases a SafeHandle and copies the bound bytes (SQLITE_TRANSIENT); here it does neither (export-vs-sqlite.sh and
/// perf, docs/benchmarks.md "The export against the sqlite3 floor"). Binds, resets and clears are short and never call
/// back, which is what SuppressGCTransition needs; a step writes pages, so it keeps its transition.
/// </summary>
internal static unsafe partial class SqliteNative
{
    private const string Library = "e_sqlite3";

    /// <summary>SQLITE_STATIC: the bound bytes stay valid and pinned until the statement has run, so SQLite need not copy them.</summary>
    public static readonly IntPtr Static = IntPtr.Zero;

    /// <summary>SQLITE_TRANSIENT: SQLite copies the bound bytes before the call returns, so the buffer may be reused at once.</summary>
    public static readonly IntPtr Transient = new(-1);

    public const int Done = 101;

    [LibraryImport(Library, EntryPoint = "sqlite3_bind_text")]
    [SuppressGCTransition]
    public static partial int BindText(IntPtr statement, int index, byte* text, int length, IntPtr destructor);

    [LibraryImport(Library, EntryPoint = "sqlite3_bind_blob")]
    [SuppressGCTransition]
    public static partial int BindBlob(IntPtr statement, int index, byte* blob, int length, IntPtr destructor);

    [LibraryImport(Library, EntryPoint = "sqlite3_bind_int")]
    [SuppressGCTransition]
    public static partial int BindInt(IntPtr statement, int index, int value);

    [LibraryImport(Library, EntryPoint = "sqlite3_bind_null")]
    [SuppressGCTransition]
    public static partial int BindNull(IntPtr statement, int index);

    [LibraryImport(Library, EntryPoint = "sqlite3_reset")]
    [SuppressGCTransition]
    public static partial int Reset(IntPtr statement);

    [LibraryImport(Library, EntryPoint = "sqlite3_clear_bindings")]
    [SuppressGCTransition]
    public static partial int ClearBindings(IntPtr statement);

    [LibraryImport(Library, EntryPoint = "sqlite3_step")]
    public static partial int Step(IntPtr statement);

    /// <summary>A statement prepared on <paramref name="connection"/>, for the binds above; throws as Microsoft.Data.Sqlite would.</summary>
    public static sqlite3_stmt Prepare(SqliteConnection connection, string sql)
    {
        var rc = raw.sqlite3_prepare_v2(connection.Handle!, sql, out var statement);
        if (rc != raw.SQLITE_OK) throw new SqliteException(raw.sqlite3_errmsg(connection.Handle!).utf8_to_string(), rc);
        return statement;
    }
}
