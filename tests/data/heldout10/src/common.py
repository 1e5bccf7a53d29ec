"""Helpers for entries_*.py (see build.py)."""


def e(key, feed, utc, lang, title, body, rel, story, cat, follows='-', note='-', author=''):
    return dict(key=key, feed=feed, utc=utc, lang=lang, title=title, body=body, rel=rel,
                story=story, follows=follows, dup='-', cat=cat, note=note, author=author)


def d(key, feed, utc, lang, title, orig, cat, author=''):
    """A wire copy: same text as `orig` under another headline; relevance and story follow it."""
    return dict(key=key, feed=feed, utc=utc, lang=lang, title=title, body=None, rel=None,
                story=None, follows='-', dup=orig, cat=cat, note='-', author=author)
