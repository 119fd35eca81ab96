using SkillCert.Core.Identity;
using SkillCert.Core.Signing;
using SkillCert.Generator.Export;
using SkillCert.Tests.Integration.Api;
using SkillCert.Tests.Integration.Build;

namespace SkillCert.Tests.Integration.Export;

/// The whole process on the sample rosters of content/samples: the export holds back the batches under review, sent back
/// and in publicity, each with its reason, and issues the others, with the objection and the reissue they record.
public class SampleProcessTests(SampleProcessTests.SampleExport sample) : IClassFixture<SampleProcessTests.SampleExport>
{
    [Fact]
    public void The_export_succeeds_with_the_unready_batches_reported_as_warnings() => Assert.True(sample.ExitCode == 0, sample.Stderr);

    [Theory]
    [InlineData("000010/2026-4.yml", "审核中", "尚未审核")]
    [InlineData("000003/2026-3.yml:7:9", "已退回", "花名册第3行的评价等级超出备案范围")]
    [InlineData("000001/2026-4.yml:9:12", "公示中", "公示期 2026-11-23 至 2026-11-29 尚未结束")]
    public void Each_unready_batch_is_held_back_with_its_reason(string where, string state, string reason) =>
        Assert.Contains(sample.Stderr.Split('\n'), l => l.Contains(where + ": 警告 SC7005: 批次", StringComparison.Ordinal)
            && l.Contains($"未发证（{state}）", StringComparison.Ordinal) && l.Contains(reason, StringComparison.Ordinal));

    [Fact]
    public void The_samples_show_every_state_of_the_process() =>
        Assert.Equal(["in-publicity", "issued", "sent-back", "under-review"], sample.Column("SELECT DISTINCT state FROM batches ORDER BY state"));

    [Fact]
    public void Only_the_issued_batches_have_certificates() =>
        Assert.Equal(["0"], sample.Column("SELECT count(*) FROM certificates c JOIN batches b ON b.institution = c.institution AND b.batch = c.batch WHERE b.state <> 'issued'"));

    [Fact]
    public void The_batch_in_publicity_is_counted_from_the_official_form_it_was_filed_in() =>
        Assert.Equal(["6-18-01-01|数控车工|4|1", "6-18-01-01|数控车工|5|1", "6-18-01-02||5|1", "6-18-02-04|电焊工|4|1", "6-31-01-03||3|1"],
            sample.Column("SELECT occupation_code || '|' || trade || '|' || level || '|' || publicised FROM batch_counts WHERE institution = '000001' AND batch = '2026-4' ORDER BY 1"));

    [Fact]
    public void The_row_an_upheld_objection_names_is_publicised_but_not_issued()
    {
        Assert.Empty(sample.Column("SELECT number FROM certificates WHERE holder_name = '李海斌'"));
        Assert.Equal(["8|7"], sample.Column("SELECT sum(publicised) || '|' || sum(issued) FROM batch_counts WHERE institution = '000002' AND batch = '2024-1'"));
    }

    [Fact]
    public void The_reissue_replaces_the_certificate_with_the_misspelt_name() =>
        Assert.Equal(["彭桂|revoked|已更正，新证书 Y000014000001243000003", "彭桂兰|valid|"],
            sample.Column("SELECT holder_name || '|' || status || '|' || ifnull(revocation_reason, '') FROM certificates WHERE id_hash = " +
                "(SELECT id_hash FROM certificates WHERE number = 'Y000014000001243000003') ORDER BY number"));

    /// The sample rosters exported once, as of 2026-11-26, when the batch in publicity is in its period as committed.
    public sealed class SampleExport : IDisposable
    {
        private readonly string _root = Directory.CreateTempSubdirectory("skillcert-samples-").FullName;

        public SampleExport()
        {
            var signing = Path.Combine(_root, "signing.pem");
            var idKey = Path.Combine(_root, "id.key");
            using (var key = SigningKey.Create()) File.WriteAllText(signing, key.ExportPrivateKeyPem());
            Api.ExportFixture.WriteIdKey(idKey, System.Security.Cryptography.RandomNumberGenerator.GetBytes(IdHasher.KeyLength));
            Out = Path.Combine(_root, "certificates.db");
            var request = new ExportRequest(Path.Combine(RepositoryPaths.Root, "content", "samples", "rosters"), Path.Combine(RepositoryPaths.Root, "content"),
                Out, [signing], idKey, null, AsOf);
            var error = new StringWriter();
            ExitCode = ExportRun.Execute(request, TextWriter.Null, error);
            Stderr = error.ToString();
        }

        /// The day the samples are exported: the batch in publicity is in its period as committed.
        public static DateOnly AsOf { get; } = new(2026, 11, 26);

        public string Out { get; }

        public int ExitCode { get; }

        public string Stderr { get; }

        public List<string> Column(string sql) => ExportRows.Column(Out, sql);

        public void Dispose() => Directory.Delete(_root, recursive: true);
    }
}
