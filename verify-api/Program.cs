using SkillCert.VerifyApi;

// The production service: everything comes from its settings (SkillCert:Export, Site, IdKey, …). The demo that a
// newcomer runs from a checkout is another entry point, in demo/, over this same service.
var builder = WebApplication.CreateBuilder(args);
builder.AddVerifyService();
return builder.RunOrExplain();

/// <summary>The entry point, visible to the tests' WebApplicationFactory.</summary>
public partial class Program;
