using System.Text;

namespace SkillCert.VerifyApi.Site;

/// <summary>
/// The page a person gets instead of the catalogue when the service has no built site to serve (SkillCert:Site is not
/// set, or names no folder): it says so in Chinese, keeps the certificate check within reach, and tells the
/// administrator what to do. It holds no input, so it is written once, here, and needs no templates.
/// </summary>
public static class SiteMissingPage
{
    public const string Title = "目录站点尚未生成";

    public static ReadOnlyMemory<byte> Html { get; } = Encoding.UTF8.GetBytes($$"""
        <!doctype html>
        <html lang="zh-CN">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="robots" content="noindex">
        <title>{{Title}}</title>
        </head>
        <body>
        <main>
        <h1>{{Title}}</h1>
        <p>这个服务现在没有可以显示的评价机构目录：目录站点还没有生成，或者服务没有指定站点所在的文件夹。</p>
        <p>证书核验不受影响，可以直接查询：</p>
        <form action="/verify" method="get">
        <p><label for="number">证书编号</label> <input id="number" name="number" autocomplete="off" required></p>
        <p><label for="name">持证人姓名（可选）</label> <input id="name" name="name" autocomplete="off"></p>
        <p><button type="submit">查询证书</button></p>
        </form>
        <p>管理员：先用 <code>skillcert build</code> 生成目录站点，再用设置 <code>SkillCert:Site</code> 指向生成的文件夹，然后重启服务。</p>
        <p lang="en">The catalogue site is not built, or SkillCert:Site names no folder. Certificates can still be checked with the form above.</p>
        </main>
        </body>
        </html>
        """);
}
