using SkillCert.Generator.Build;

namespace SkillCert.Tests.Integration.Build;

public class TemplateLinkRulesTests
{
    [Theory]
    [InlineData("<a href=\"/catalogue/\">x</a>")]
    [InlineData("<a href=\"{{ url }}\">x</a>")]
    [InlineData("<a href=\"/c/{{ link url }}\">x</a>")]
    [InlineData("<a href={{ link url }}>x</a>")]
    [InlineData("<a href=\"{{ link url }}{{ more }}\">x</a>")]
    [InlineData("<a href=\"{{ anchor url }}\">x</a>")]
    [InlineData("<h2 id=\"top\">x</h2>")]
    [InlineData("<h2 id=\"{{ link top }}\">x</h2>")]
    [InlineData("<img srcset=\"{{ link a }} 2x\">")]
    [InlineData("<button formaction=\"/x/\">x</button>")]
    [InlineData("<a {{ attributes }}>x</a>")]
    [InlineData("<p class={{ name }}>x</p>")]
    [InlineData("<div style=\"background: url(/x.png)\"></div>")]
    [InlineData("<meta http-equiv=\"refresh\" content=\"0; url=/x/\">")]
    [InlineData("<style>body { background: url(/x.png) }</style>")]
    [InlineData("<script src=\"/x.js\"></script>")]
    [InlineData("<form action=\"/x/\"></form>")]
    public void A_template_that_could_write_a_link_the_recording_misses_is_refused(string template) =>
        Assert.NotEmpty(TemplateLinkRules.Check(template));

    [Theory]
    [InlineData("<a href=\"{{ link url }}\">{{ name }}</a>")]
    [InlineData("<a href='{{ link (\"/c/\" + id) }}' id=\"{{ anchor id }}\">x</a>")]
    [InlineData("<a href=\"{{ link '/catalogue/' }}\"{{ if here }} aria-current=\"page\"{{ end }}>x</a>")]
    [InlineData("<span class=\"status-{{ if running }}running{{ else }}ended{{ end }}\">{{ label }}</span>")]
    [InlineData("<p title=\"{{ name }}\">x</p><style>body { color: red }</style><script>var a = '<a href=\"/x\">';</script>")]
    public void A_template_that_writes_its_links_through_link_and_anchor_passes(string template) =>
        Assert.Empty(TemplateLinkRules.Check(template));
}
