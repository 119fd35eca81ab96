namespace SkillCert.Tests.Integration.Faults;

/// <summary>
/// Tests that measure a service process's resident memory run alone, after the others: beside a busy test run, the
/// service's thread pool adds threads for its starved requests, and their stacks would count as growth.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MemoryMeasured
{
    public const string Name = "memory measured";
}
