namespace SkillCert.Generator.Site.Pages;

/// <summary>The coding rule explained, with a number decoder that runs in the browser (decode.js).</summary>
public sealed record CodingRulePage(SiteView Site, string Title, string Url, string Description, string ExampleNumber, string ProvinceCode,
    string ProvinceName, IReadOnlyList<OptionView> Levels);
