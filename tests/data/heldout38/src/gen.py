#!/usr/bin/env python3
"""Generates heldout38 feeds, labels.tsv and categories.tsv from entries.txt.
Run from anywhere: python3 src/gen.py (paths are relative to this file).
Before writing, checks that no paraphrase (para:) row uses the stock words
(guarantee, security, backstop, veto, peacekeeping, reassurance, coalition
of the willing) or their Spanish, Portuguese, Catalan or Ukrainian
equivalents in its title or summary."""
import os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# code: (file, kind, title, site, tz offset hours, lang, encoding)
FEEDS = {
 'ep': ('periodico-del-manzanares.xml', 'rss2', 'El Periódico del Manzanares - Internacional', 'https://www.periodicomanzanares.example', 2, 'es-es', 'ISO-8859-15'),
 'rc': ('radio-cibeles-boletines.xml', 'rss1', 'Radio Cibeles — Boletines informativos', 'https://radiocibeles.example', 2, 'es-es', 'utf-8'),
 'ga': ('gaceta-atlantica-tribuna.xml', 'atom', 'Gaceta Atlántica — Tribuna y opinión', 'https://www.gacetaatlantica.example', 2, 'es', 'utf-8'),
 'am': ('agencia-meseta.xml', 'atom', 'Agencia Meseta — Internacional', 'https://agenciameseta.example', 2, 'es', 'utf-8'),
 'pb': ('prensa-del-plata.xml', 'rss2', 'La Prensa del Plata — El mundo', 'https://www.prensadelplata.example', -3, 'es-ar', 'UTF-8'),
 'hm': ('heraldo-del-anahuac.xml', 'atom', 'El Heraldo del Anáhuac — Internacional', 'https://heraldoanahuac.example', -6, 'es-mx', 'utf-8'),
 'tf': ('la-trinchera-fria.json', 'json', 'La Trinchera Fría — boletín de defensa europea de Nerea Azpilicueta', 'https://trincherafria.example', 2, 'es', 'utf-8'),
 'dt': ('diario-do-tejo.xml', 'rss2', 'Diário do Tejo — Mundo', 'https://www.diariodotejo.example', 1, 'pt-pt', 'UTF-8'),
 'gp': ('gazeta-paulistana.xml', 'rss1', 'Gazeta Paulistana — Internacional', 'https://gazetapaulistana.example', -3, 'pt-br', 'utf-8'),
 'vt': ('la-veu-del-ter.xml', 'atom', 'La Veu del Ter — Món', 'https://laveudelter.example', 2, 'ca', 'utf-8'),
 'ts': ('thamesmouth-standard.xml', 'rss2', 'The Thamesmouth Standard — World', 'https://www.thamesmouthstandard.example', 1, 'en-gb', 'UTF-8'),
 'ib': ('iberia-post.xml', 'atom', 'The Iberia Post — Spain in English', 'https://iberiapost.example', 2, 'en', 'utf-8'),
 'pv': ('podilskyi-visnyk.xml', 'rss2', 'Подільський вісник — Новини', 'https://podilskyivisnyk.example', 3, 'uk', 'windows-1251'),
}

BANNED = re.compile(
    r'guarant|secur|backstop|veto|peace-?keep|reassur|coalition'
    r'|garant|segur|seguretat|respaldo|fiador|vet[oa]r'
    r'|manten\w* de la paz|manuten\w* da paz|manteniment de la pau'
    r'|for[cç]a de pa[zu]|fuerza de paz|misi[oó]n de paz|miss[aã]o de paz|missi[oó] de pau'
    r'|pacificad|cascos azules|capacetes azuis|coali[cç]|resseguro|reaseguro'
    r'|гарант|безпек|вето|миротвор|коаліці|підстрах', re.I)

def check(rows, byk):
    """A para: row must avoid the stock vocabulary in title and summary."""
    bad = []
    for r in rows:
        if r['cat'].startswith('para:'):
            text = r['title'] + ' ' + (byk[r['dup']]['summ'] if r['summ'] == '=' else r['summ'])
            m = BANNED.search(text)
            if m:
                bad.append(f"{r['key']}: {m.group(0)!r}")
    if bad:
        sys.exit('para rows with stock words:\n' + '\n'.join(bad))

sys.path.insert(0, os.path.dirname(ROOT))
import corpusgen  # noqa: E402 (tests/data/corpusgen.py)

if __name__ == '__main__':
    corpusgen.generate(HERE, FEEDS, json_author='Nerea Azpilicueta', check=check)
