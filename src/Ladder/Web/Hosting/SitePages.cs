using Ladder.Web.Assets;
using Ladder.Web.Site;
using Ladder.Web.Html;
using Ladder.Web.Pages;
using Ladder.Occupations;
using Microsoft.Extensions.Options;

namespace Ladder.Web.Hosting;

/// <summary>The HTML routes of the site.</summary>
public static class SitePages
{
    private const string HtmlType = "text/html; charset=utf-8";

    public static IServiceCollection AddSitePages(this IServiceCollection services)
    {
        services.AddSingleton(sp => new SiteData(sp.GetRequiredService<Ladder.Engine.LadderEngine>()));
        services.AddSingleton(new PageCache());
        services.AddSingleton<CatalogHeaders>();
        services.AddOptions<SiteOptions>().BindConfiguration("Site").BindConfiguration("Ladder:Site");
        return services;
    }

    public static IEndpointRouteBuilder MapSitePages(this IEndpointRouteBuilder app)
    {
        var site = app.MapGroup("").WithMetadata(CatalogDataMetadata.Instance).ExcludeFromDescription();
        // Each handler is a lambda written at its MapMethods call, so the request delegate generator (Ladder.csproj)
        // binds it at compile time: no expression trees compiled and JIT-ed per route as the server starts.
        site.MapMethods("/", GetAndHead, (HttpContext http, SiteData data, PageCache cache) =>
            Cached(http, cache, () => HomePage.Render(Context(http, data))));
        // ?state=CA shows that state's pay beside the national figure; the page without it is the cached one.
        site.MapMethods("/careers/{slug}", GetAndHead, (string slug, string? state, HttpContext http, SiteData data, PageCache cache) =>
            data.Catalog.FindRole(slug) is not { } role ? UnknownRole(http, data, slug)
            : string.IsNullOrWhiteSpace(state) ? Cached(http, cache, () => GuidePage.Render(Context(http, data), data.Guide(role)))
            : Ladder.States.UsState.Find(state) is { } chosen ? Html(GuidePage.Render(Context(http, data), data.Guide(role), chosen))
            : BadRequest(http, data, Ladder.States.UsState.UnknownMessage(state)));
        site.MapMethods("/careers/{slug}/states", GetAndHead, (string slug, string? state, string? sort, HttpContext http, SiteData data, PageCache cache) =>
        {
            if (!StatesPage.IsSort(string.IsNullOrEmpty(sort) ? null : sort))
                return BadRequest(http, data, $"Unknown sort '{(sort!.Length > 40 ? sort[..40] : sort)}'; use one of: {string.Join(", ", StatesPage.Sorts.Select(x => x.Key))}.");
            // The cache is keyed by path: a ?sort= page is rendered each time (its own path, by-…, is the cached one).
            var by = string.IsNullOrEmpty(sort) ? null : sort;
            return States(slug, state, by, by is null, http, data, cache);
        });
        // Each other order of the table is a page of its own, as in the static export (the headers link to these).
        site.MapMethods("/careers/{slug}/states/by-{sort}", GetAndHead, (string slug, string sort, string? state, HttpContext http, SiteData data, PageCache cache) =>
            sort == StatesPage.DefaultSort || !StatesPage.IsSort(sort)
                ? NotFound(http, data, "No such order", $"The states table has no order called “{(sort.Length > 40 ? sort[..40] : sort)}”; the pages are by-{string.Join(", by-", StatesPage.Sorts.Where(x => x.Key != StatesPage.DefaultSort).Select(x => x.Key))}.")
                : States(slug, state, sort, cacheable: true, http, data, cache));
        site.MapMethods("/careers/{slug}/from/{other}", GetAndHead, (string slug, string other, string? state, HttpContext http, SiteData data) =>
            !(data.Guide(slug) is { } target && data.Guide(other) is { } from) ? UnknownRole(http, data, data.Catalog.FindRole(slug) is null ? slug : other)
            : ChosenState(state, out var chosen) ? Html(TransitionPage.Render(Context(http, data), target, from, chosen))
            : BadRequest(http, data, Ladder.States.UsState.UnknownMessage(state!)));
        site.MapMethods("/careers/{slug}/from", GetAndHead, (string slug, string? role, HttpContext http, SiteData data) =>
        {
            var from = data.Engine.ResolveRole(role);
            return data.Catalog.FindRole(slug) is null ? UnknownRole(http, data, slug)
                : from is null ? UnknownRole(http, data, role ?? "")
                : Results.Redirect(SiteLinks.Served(http.Request.PathBase).Transition(slug, from.Slug));
        });
        // "Start from your job": both jobs named → the transition page; only the current one → its best moves.
        site.MapMethods("/start", GetAndHead, (string? role, string? to, string? state, HttpContext http, SiteData data) =>
        {
            if (!ChosenState(state, out var chosen)) return BadRequest(http, data, Ladder.States.UsState.UnknownMessage(state!));
            var from = string.IsNullOrWhiteSpace(role) ? null : data.Engine.Resolve(role);
            var target = string.IsNullOrWhiteSpace(to) ? null : data.Engine.ResolveRole(to);
            return from is Ladder.Catalog.Resolution.Found found && target is not null && target.Slug != found.Role.Slug
                ? Results.Redirect(SiteLinks.Served(http.Request.PathBase).Transition(target.Slug, found.Role.Slug) + (chosen is null ? "" : "?state=" + chosen.Code))
                : Html(StartPage.Render(Context(http, data), role, from, to, chosen));
        });
        site.MapMethods("/compare/{a}/vs/{b}", GetAndHead, (string a, string b, string? state, HttpContext http, SiteData data) =>
            !(data.Catalog.FindRole(a) is { } left && data.Catalog.FindRole(b) is { } right) ? UnknownRole(http, data, data.Catalog.FindRole(a) is null ? a : b)
            : ChosenState(state, out var chosen) ? Html(ComparePage.Render(Context(http, data), data.Engine.Compare(left, right), chosen))
            : BadRequest(http, data, Ladder.States.UsState.UnknownMessage(state!)));
        site.MapMethods("/domains", GetAndHead, (HttpContext http, SiteData data, PageCache cache) =>
            Cached(http, cache, () => DomainPages.Index(Context(http, data))));
        site.MapMethods("/domains/{slug}", GetAndHead, (string slug, string? outlook, string? education, string? sort, HttpContext http, SiteData data, PageCache cache) =>
            !data.DomainsBySlug.TryGetValue(slug, out var domain) ? NotFound(http, data, "No such domain", $"There is no domain called “{slug}”.")
            : Ladder.Catalog.RoleOutlookFilter.From(outlook, education, sort) is { IsEmpty: false } filter
                ? filter.Validate() is { } problem ? ErrorResponses.Problem(StatusCodes.Status400BadRequest, problem) : Html(DomainPages.Domain(Context(http, data), domain, filter))
                : Cached(http, cache, () => DomainPages.Domain(Context(http, data), domain)));
        site.MapMethods("/search", GetAndHead, (string? q, string? outlook, string? education, string? sort, HttpContext http, SiteData data) =>
            Ladder.Catalog.RoleOutlookFilter.From(outlook, education, sort) is var filter && filter.Validate() is { } problem
                ? ErrorResponses.Problem(StatusCodes.Status400BadRequest, problem)
                : Html(SearchPage.Render(Context(http, data), q, filter)));
        site.MapMethods("/discover", GetAndHead, DiscoverRoute.Answer);
        // GET and POST /apply belong to the applications feature (antiforgery, storage); ApplyPage serves the static export.
        site.MapMethods("/gap", GetAndHead, (HttpContext http, SiteData data) => Html(GapPage.Render(Context(http, data), null, null)));
        app.MapPost("/gap", async (HttpContext http, SiteData data) =>
        {
            if (!http.Request.HasFormContentType)
                return ErrorResponses.Problem(StatusCodes.Status415UnsupportedMediaType, "Send the gap form as application/x-www-form-urlencoded.");
            var form = await http.Request.ReadFormAsync();
            var input = new GapInput(form["target"].ToString().Trim(), form["skills"], form["resume"], form["current"]);
            string? error = string.IsNullOrWhiteSpace(input.Target) ? "Enter a target role." : null;
            error ??= Ladder.Matching.GapQuery.TooLong(input.Skills, input.Resume);
            var page = GapPage.Render(Context(http, data), input, error);
            return error is null ? Html(page) : Results.Content(page.ToString(), HtmlType, statusCode: StatusCodes.Status422UnprocessableEntity);
        }).ExcludeFromDescription();
        site.MapMethods("/sitemap.xml", GetAndHead, (HttpContext http, SiteData data) =>
            Results.Text(Sitemap.Write(data, CanonicalRoot(http), directoryStyle: false), "application/xml; charset=utf-8"));
        site.MapMethods("/robots.txt", GetAndHead, (HttpContext http) =>
            Results.Text(Sitemap.Robots(CanonicalRoot(http)), "text/plain; charset=utf-8"));
        site.MapMethods("/assets/{name}", GetAndHead, (string name) =>
            SiteAssets.Find(name) is { } asset ? Results.Bytes(asset.Content, asset.ContentType) : ErrorResponses.Problem(404, "No such asset."));
        return app;
    }


    /// <summary>A states page in <paramref name="sort"/> order (null: by pay); cached when its path alone says what it shows.</summary>
    private static IResult States(string slug, string? state, string? sort, bool cacheable, HttpContext http, SiteData data, PageCache cache)
    {
        if (data.Catalog.FindRole(slug) is not { } role) return UnknownRole(http, data, slug);
        Ladder.States.UsState? chosen = null;
        if (!string.IsNullOrWhiteSpace(state) && (chosen = Ladder.States.UsState.Find(state)) is null)
            return BadRequest(http, data, Ladder.States.UsState.UnknownMessage(state));
        return chosen is null && cacheable
            ? Cached(http, cache, () => StatesPage.Render(Context(http, data), role, sort))
            : Html(StatesPage.Render(Context(http, data), role, sort, chosen));
    }

    /// <summary>A page answers HEAD as well as GET (crawlers and link checkers ask with HEAD); Kestrel sends no body for HEAD.</summary>
    private static readonly string[] GetAndHead = [HttpMethods.Get, HttpMethods.Head];

    public static PageContext Context(HttpContext http, SiteData data) =>
        new(data, SiteLinks.Served(http.Request.PathBase), IsStatic: false, CanonicalRoot(http));

    /// <summary>The configured public URL, else the request's scheme, host and path base; always ends with '/'.</summary>
    public static string CanonicalRoot(HttpContext http)
    {
        var options = http.RequestServices.GetRequiredService<IOptions<SiteOptions>>().Value;
        var request = http.Request;
        // An exact upper bound, so the one formula below always fits.
        var length = (string.IsNullOrEmpty(options.PublicUrl)
            ? request.Scheme.Length + 3 + (request.Host.Value?.Length ?? 0) + (request.PathBase.Value?.Length ?? 0)
            : options.PublicUrl.Length) + 1;
        Span<char> buffer = length <= 512 ? stackalloc char[length] : new char[length];
        WriteCanonicalRoot(request, options, buffer, out var written);
        return new string(buffer[..written]);
    }

    /// <summary>Writes <see cref="CanonicalRoot"/> without allocating (the cached-page shortcut's key); false when it does not fit.</summary>
    public static bool WriteCanonicalRoot(HttpRequest request, SiteOptions options, Span<char> destination, out int written) =>
        string.IsNullOrEmpty(options.PublicUrl)
            ? destination.TryWrite($"{request.Scheme}://{request.Host.Value}{request.PathBase.Value}/", out written)
            : destination.TryWrite($"{options.PublicUrl.AsSpan().TrimEnd('/')}/", out written);

    private static IResult Html(HtmlBuilder page) => Results.Bytes(page.ToUtf8(), HtmlType);

    /// <summary>A catalog page, rendered once per canonical root and path; later requests are answered by <see cref="CachedPageShortcut"/>.</summary>
    private static IResult Cached(HttpContext http, PageCache cache, Func<HtmlBuilder> render)
    {
        var page = cache.GetOrRenderWhileRoom(PageCache.Key(http), () => render().ToUtf8(), out var uncached);
        return page is not null ? new CachedPageResult(page) : Results.Bytes(uncached!, HtmlType);
    }

    private sealed class CachedPageResult(CachedPage page) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext) => CachedPageResponse.WriteAsync(httpContext, page);
    }

    private static IResult UnknownRole(HttpContext http, SiteData data, string slug)
    {
        var shown = slug.Length > 80 ? slug[..80] + "…" : slug;
        if (!ErrorResponses.WantsHtml(http))
            return ErrorResponses.Problem(StatusCodes.Status404NotFound, $"No role with the slug '{shown}'.");
        var page = ErrorPage.Render(Context(http, data), 404, "Career not found", $"There is no career guide at “{shown}”.", Slug.From(slug));
        return Results.Content(page.ToString(), HtmlType, statusCode: StatusCodes.Status404NotFound);
    }

    /// <summary>False when <paramref name="state"/> names no U.S. state; an empty value is no choice.</summary>
    private static bool ChosenState(string? state, out Ladder.States.UsState? chosen)
    {
        chosen = string.IsNullOrWhiteSpace(state) ? null : Ladder.States.UsState.Find(state);
        return chosen is not null || string.IsNullOrWhiteSpace(state);
    }

    /// <summary>A bad query value: the HTML error page for a browser, ProblemDetails otherwise, both 400.</summary>
    private static IResult BadRequest(HttpContext http, SiteData data, string detail)
    {
        if (!ErrorResponses.WantsHtml(http)) return ErrorResponses.Problem(StatusCodes.Status400BadRequest, detail);
        return Results.Content(ErrorPage.Render(Context(http, data), 400, "Bad request", detail).ToString(), HtmlType, statusCode: StatusCodes.Status400BadRequest);
    }

    private static IResult NotFound(HttpContext http, SiteData data, string title, string detail)
    {
        if (!ErrorResponses.WantsHtml(http)) return ErrorResponses.Problem(StatusCodes.Status404NotFound, detail);
        return Results.Content(ErrorPage.Render(Context(http, data), 404, title, detail).ToString(), HtmlType, statusCode: StatusCodes.Status404NotFound);
    }
}
