using SQLitePCL;

namespace SkillCert.Generator.Export;

/// <summary>
/// Sets SQLite up for an export process, before it opens any database: every connection there stays on the thread that
/// opened it (the writer's on the main thread, each worker's reader of the previous export on its worker), so SQLite
/// need not lock a connection around each call, nor count its memory under a global lock. The writer makes about twenty
/// calls a row, each of which took and released a mutex: 3% of the export's CPU in perf (export-vs-sqlite.sh;
/// docs/benchmarks.md, "The export against the sqlite3 floor").
/// </summary>
internal static class SqliteOneThreadPerConnection
{
    /// <summary>
    /// True when SQLite took the setting; false when something in this process had already used SQLite, which then keeps
    /// its locks (a test host running exports in-process), so the export is only slower, never unsafe.
    /// </summary>
    public static bool Apply()
    {
        Batteries_V2.Init();
        return raw.sqlite3_config(raw.SQLITE_CONFIG_MULTITHREAD) == raw.SQLITE_OK
            && raw.sqlite3_config(raw.SQLITE_CONFIG_MEMSTATUS, 0) == raw.SQLITE_OK;
    }
}
