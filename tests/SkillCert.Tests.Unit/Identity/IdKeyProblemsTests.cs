using SkillCert.Core.Identity;

namespace SkillCert.Tests.Unit.Identity;

/// Each ID key file problem is its own diagnostic: its code, the file as the place, the setting that named it, and the fix, Chinese first.
public class IdKeyProblemsTests
{
    private const string File = ".skillcert/id.key";

    [Fact]
    public void A_missing_key_file_is_SC9010_naming_the_option_and_how_to_make_a_key()
    {
        var d = IdKeyProblems.Missing(File, "--id-key");
        Assert.Equal(("SC9010", Severity.Error, File), (d.Code, d.Severity, d.File));
        Assert.StartsWith($"证件号码密钥文件 {File} 不存在；请检查 --id-key 写的路径", d.Message, StringComparison.Ordinal);
        Assert.Contains($"skillcert keys new --id-key --out {File}", d.Message, StringComparison.Ordinal);
        Assert.StartsWith($"the ID key file {File} does not exist", d.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void A_key_file_that_cannot_be_read_is_SC9011_with_the_reason_in_both_languages()
    {
        var d = IdKeyProblems.Failed(File, "SkillCert:IdKey", new UnauthorizedAccessException("Access to the path is denied."));
        Assert.Equal(("SC9011", Severity.Error, File), (d.Code, d.Severity, d.File));
        Assert.Contains("读不出来（没有读取权限", d.Message, StringComparison.Ordinal);
        Assert.Contains("SkillCert:IdKey", d.Message, StringComparison.Ordinal);
        Assert.Contains("(permission denied", d.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_not_found_while_reading_is_the_missing_key_not_an_unreadable_one() =>
        Assert.Equal("SC9010", IdKeyProblems.Failed(File, "--id-key", new FileNotFoundException("gone")).Code);

    [Fact]
    public void A_folder_or_pipe_in_place_of_the_key_is_SC9011_saying_it_is_no_regular_file() =>
        Assert.Contains("它不是普通文件", IdKeyProblems.NotAFile(File, "--id-key") is { Code: "SC9011" } d ? d.Message : "", StringComparison.Ordinal);

    [Fact]
    public void A_file_of_the_wrong_length_is_SC9012_giving_the_length_found_and_the_forms_a_key_takes()
    {
        var d = IdKeyProblems.Malformed(File, "--previous-id-key", 121);
        Assert.Equal(("SC9012", Severity.Error, File), (d.Code, d.Severity, d.File));
        Assert.StartsWith($"--previous-id-key 给出的 {File} 不是证件号码密钥：密钥是 32 个字节", d.Message, StringComparison.Ordinal);
        Assert.Contains("64 位十六进制数字", d.Message, StringComparison.Ordinal);
        Assert.Contains("这个文件有 121 个字节", d.Message, StringComparison.Ordinal);
        Assert.Contains("this file has 121 bytes", d.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void A_key_file_others_may_read_is_SC9013_with_its_mode_and_the_chmod_to_run()
    {
        var d = IdKeyProblems.Exposed(File, "0644");
        Assert.Equal(("SC9013", Severity.Error, File), (d.Code, d.Severity, d.File));
        Assert.StartsWith($"证件号码密钥文件 {File} 的权限是 0644", d.Message, StringComparison.Ordinal);
        Assert.Contains($"chmod 0400 {File}", d.Message, StringComparison.Ordinal);
        Assert.Contains($"the ID key file {File} has mode 0644", d.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void No_configured_key_is_an_SC9014_warning_at_the_setting_that_lookups_by_name_are_off()
    {
        var d = IdKeyProblems.NotConfigured("SkillCert:IdKey");
        Assert.Equal(("SC9014", Severity.Warning, "SkillCert:IdKey"), (d.Code, d.Severity, d.File));
        Assert.Contains("按姓名和证件号码查询不可用", d.Message, StringComparison.Ordinal);
        Assert.Contains("lookups by name and ID number are unavailable", d.MessageEn, StringComparison.Ordinal);
    }
}
