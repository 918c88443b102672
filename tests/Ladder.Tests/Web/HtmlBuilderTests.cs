using System.Text;
using Ladder.Web.Html;

namespace Ladder.Tests.Web;

public sealed class HtmlBuilderTests
{
    [Fact]
    public void Utf8_output_equals_the_encoded_string_even_when_a_surrogate_pair_straddles_two_chunks()
    {
        // A tiny first chunk makes the builder grow many times; the emoji lands on chunk edges at some offset.
        for (int offset = 0; offset < 40; offset++)
        {
            var html = new HtmlBuilder(capacity: 8);
            html.Text(new string('a', offset));
            for (int i = 0; i < 200; i++) html.Text($"é {i} 🚀 ").Text("“quoted” <b>");
            Assert.Equal(Encoding.UTF8.GetBytes(html.ToString()), html.ToUtf8());
        }
    }

    [Theory]
    [InlineData("\uD83D")] // a lone high surrogate last: flushed as U+FFFD
    [InlineData("\uDE80 x")] // a lone low surrogate
    [InlineData("x \uD83D\uD83D\uDE80")] // a lone high surrogate, then a pair
    public void Utf8_output_equals_the_encoded_string_with_lone_surrogates(string tail)
    {
        for (int offset = 0; offset < 20; offset++)
        {
            var html = new HtmlBuilder(capacity: 8);
            html.Text(new string('a', offset));
            for (int i = 0; i < 50; i++) html.Text($"é {i} 🚀 ");
            html.Text(tail);
            Assert.Equal(Encoding.UTF8.GetBytes(html.ToString()), html.ToUtf8());
        }
    }

    [Fact]
    public void Interpolated_text_is_encoded_and_trusted_markup_is_not()
    {
        var html = new HtmlBuilder();
        var title = "<script>alert('x')</script> & co";
        html.Append($"<h1>{title}</h1>{new HtmlString("<br>")}");
        Assert.Equal("<h1>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; co</h1><br>", html.ToString());
    }
}
