"""kb.events.context.quotes: spans of quoted speech."""

from kb.events.context import quotes


def test_quote_spans():
    text = 'Er sagte: „Wir kommen.“ Dann: "Gut." Und »offen'
    assert [text[a:b] for a, b in quotes(text)] == ["„Wir kommen.“", '"Gut."', "»offen"]
    # a paragraph break ends an open quote, also one that begins at the stretch's last character
    para = "She said “we will\n\nnot” go."
    assert [para[a:b] for a, b in quotes(para)] == ["“we will\n"]
    assert quotes(para, 0, para.index("\n") + 1) == quotes(para)
    assert quotes(para, 0, 5) == []
    assert quotes('"x', 1) == []
