using Microsoft.Playwright;

namespace Ladder.Screenshots;

/// <summary>One page type: its file name and how to reach it (most are a URL; a few need a form filled in first).</summary>
public sealed record PageShot(string Name, Func<IPage, Task> Open)
{
    private static PageShot Url(string name, string url) => new(name, page => page.GotoAsync(url));

    public static readonly PageShot[] All =
    [
        Url("home", "/"),
        Url("search", "/search?q=nurse"),
        Url("guide-onet", "/careers/registered-nurses"),
        Url("guide-onet-hourly", "/careers/actors"),
        Url("guide-onet-state", "/careers/registered-nurses?state=CA"),
        Url("states", "/careers/registered-nurses/states?state=CA"),
        Url("states-curated", "/careers/machine-learning-engineer/states?sort=employment"),
        Url("guide-curated", "/careers/machine-learning-engineer"),
        Url("compare", "/compare/registered-nurses/vs/licensed-practical-and-licensed-vocational-nurses"),
        Url("transition", "/careers/registered-nurses/from/licensed-practical-and-licensed-vocational-nurses"),
        Url("domains", "/domains"),
        Url("domain", "/domains/healthcare"),
        Url("gap", "/gap"),
        new("gap-result", async page =>
        {
            await page.GotoAsync("/gap");
            await page.FillAsync("#gap-target", "Registered Nurses");
            await page.FillAsync("#gap-skills", "patient care, medication administration, CPR, charting, Excel");
            await page.FillAsync("#gap-current", "Licensed Practical Nurse");
            await page.ClickAsync("form button[type=submit]");
        }),
        Url("discover", "/discover"),
        Url("discover-results", "/discover?realistic=6&investigative=2&artistic=1&social=3&enterprising=2&conventional=5&jobZone=2&current=cashiers"),
        Url("apply", "/apply?role=registered-nurses"),
        new("apply-confirmation", async page =>
        {
            await page.GotoAsync("/apply?role=registered-nurses");
            await page.FillAsync("#name", "Sam Screenshot");
            await page.FillAsync("#email", "sam@example.org");
            await page.FillAsync("#currentRole", "Licensed practical nurse");
            await page.FillAsync("#yearsOfExperience", "4");
            await page.CheckAsync("#consent");
            await page.ClickAsync("form.apply-form button[type=submit]");
            await page.WaitForURLAsync("**/apply/submitted/**");
        }),
        Url("not-found", "/careers/astronautt"),
        Url("not-found-path", "/no/such/page"),
    ];
}
