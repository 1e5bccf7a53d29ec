#!/usr/bin/env python3
"""Generates heldout49 feeds, labels.tsv and categories.tsv from entries.txt:
the reading list of a Warsaw political weekly, January-March 2038 (Polish,
English, Ukrainian and Czech outlets; all fictional, under .example).
Run from anywhere: python3 src/gen.py (paths are relative to this file).

Before writing anything, check() refuses the corpus when a paraphrase row
(`para:`) names the topic's stock vocabulary in its title or summary, or when
a row's text cannot be encoded in its feed's declared encoding."""
import os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# code: (file, kind, title, site, tz offset hours, lang, encoding)
FEEDS = {
 'gw': ('gazeta-wislana.xml', 'rss2', 'Gazeta Wiślana — Kraj i świat', 'https://www.gazetawislana.example', 1, 'pl', 'UTF-8'),
 'dp': ('dziennik-powszechny.xml', 'atom', 'Dziennik Powszechny - Świat i Polska', 'https://dziennikpowszechny.example', 1, 'pl', 'ISO-8859-2'),
 'gn': ('gazeta-nadbuzanska.xml', 'rss1', 'Gazeta Nadbużańska — Region', 'https://www.nadbuzanska.example', 1, 'pl', 'utf-8'),
 'ep': ('echo-podkarpacia.xml', 'rss2', 'Echo Podkarpacia — Wiadomości', 'https://echopodkarpacia.example', 1, 'pl', 'UTF-8'),
 'tw': ('tygodnik-wspolnota.xml', 'rss2', 'Tygodnik Wspólnota — katolicki tygodnik społeczny', 'https://tygodnikwspolnota.example', 1, 'pl', 'UTF-8'),
 'pr': ('puls-rynku.xml', 'atom', 'Puls Rynku — dziennik gospodarczy', 'https://pulsrynku.example', 1, 'pl', 'utf-8'),
 'rn': ('radio-nadwislanskie.xml', 'pod', 'Radio Nadwiślańskie — Rozmowy i reportaże', 'https://radionadwislanskie.example', 1, 'pl', 'UTF-8'),
 'am': ('agencja-merkury.xml', 'rss2', 'Agencja Prasowa Merkury — serwis krajowy', 'https://apmerkury.example', 1, 'pl', 'UTF-8'),
 'ce': ('central-european-observer.xml', 'rss1', 'The Central European Observer', 'https://www.ceobserver.example', 1, 'en', 'utf-8'),
 'ef': ('eastern-flank-notes.json', 'json', 'Eastern Flank Notes — a weekly letter by Rosalind Ferrer', 'https://easternflanknotes.example', 0, 'en', 'utf-8'),
 'cw': ('corvus-wire.xml', 'atom', 'Corvus Wire — World service', 'https://corvuswire.example', 0, 'en', 'utf-8'),
 'kz': ('kyivska-zahrava.xml', 'rss2', 'Київська заграва — Новини', 'https://kyivskazahrava.example', 2, 'uk', 'windows-1251'),
 'vd': ('vltavsky-denik.xml', 'atom', 'Vltavský deník — Zahraničí', 'https://vltavskydenik.example', 1, 'cs', 'utf-8'),
}

# Stock vocabulary a paraphrase row must not use (title and summary), per language.
BANNED = {
 'en': [r'guarant', r'securit', r'backstop', r'\bveto', r'peace-?keep', r'reassur', r'coalition of the willing'],
 'pl': [r'gwaran', r'bezpiecz', r'\bwet(o|a|em|u|ie)\b', r'\bveto', r'pokojow', r'rozjemc', r'koalicj\w* chętnych',
        r'reasekur', r'uspokaj', r'zapewni'],
 'uk': [r'гарант', r'безпек', r'\bвето', r'миротвор', r'коаліці\w* (охочих|рішучих)', r'запевн'],
 'cs': [r'záruk', r'zaruč', r'garan', r'bezpeč', r'\bveto', r'mírov\w* (sil|síl|sbor|mis|jednot)', r'koalic\w* ochotných',
        r'ručitel', r'ujišť'],
}


def check(rows, byk):
    bad = []
    for r in rows:
        summ = byk[r['dup']]['summ'] if r['summ'] == '=' else r['summ']
        enc = FEEDS[r['feed']][6]
        try:
            (r['title'] + summ).encode(enc)
        except UnicodeEncodeError as ex:
            bad.append(f"{r['key']}: not encodable in {enc}: {ex}")
        if r['cat'].startswith('para:'):
            text = (r['title'] + ' ' + summ).lower()
            for pat in BANNED[r['lang']]:
                if re.search(pat, text):
                    bad.append(f"{r['key']}: paraphrase row uses /{pat}/")
    if bad:
        sys.exit('\n'.join(bad))


sys.path.insert(0, os.path.dirname(ROOT))
import corpusgen  # noqa: E402 (tests/data/corpusgen.py)

if __name__ == '__main__':
    corpusgen.generate(HERE, FEEDS, json_author='Rosalind Ferrer', check=check)
