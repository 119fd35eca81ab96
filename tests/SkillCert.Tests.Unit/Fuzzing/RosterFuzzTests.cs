using CsCheck;

namespace SkillCert.Tests.Unit.Fuzzing;

/// <summary>
/// The roster reader, CSV and XLSX, fed hostile files and followed through the row checks and the numbering: it may
/// only answer with errors that name the file and a line, never throw or hang.
/// </summary>
[Trait("Category", "Fuzz")]
public class RosterFuzzTests
{
    [Fact]
    public void The_CSV_roster_reader_survives_hostile_files() =>
        FuzzEdits.Bytes([FuzzSeeds.Roster], FuzzSeeds.CsvTokens)
            .Sample(f => FuzzBudget.Run(f, file => RosterFuzzTarget.Csv(file)), iter: FuzzBudget.Inputs);

    [Fact]
    public void The_XLSX_roster_reader_survives_hostile_workbooks() =>
        XlsxInputs.Workbooks().Sample(f => FuzzBudget.Run(f, file => RosterFuzzTarget.Xlsx(file)), iter: FuzzBudget.CostlyInputs);
}
