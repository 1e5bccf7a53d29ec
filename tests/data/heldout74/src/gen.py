#!/usr/bin/env python3
"""Generates heldout74 feeds, labels.tsv and categories.tsv from entries.txt.
A Lisbon/Sao Paulo desk's reading list (Portuguese from Portugal and Brazil,
Spanish, English), April-June 2044; one feed in ISO-8859-15 (Portuguese) and
one in windows-1252 (Spanish).
Run from anywhere: python3 src/gen.py (paths are relative to this file)."""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# code: (file, kind, title, site, tz offset hours, lang, encoding)
FEEDS = {
 'dt': ('diario-do-tejo.xml', 'rss2', 'Diário do Tejo — Mundo', 'https://www.diariodotejo.example', 1, 'pt-PT', 'UTF-8'),
 'cd': ('correio-do-douro.xml', 'rss1', 'Correio do Douro - Internacional', 'https://www.correiododouro.example', 1, 'pt-PT', 'ISO-8859-15'),
 'aa': ('agencia-atlantica.xml', 'atom', 'AAN — Agência Atlântica de Notícias', 'https://aan-noticias.example', 1, 'pt', 'utf-8'),
 'fp': ('folha-do-planalto.xml', 'rss2', 'Folha do Planalto — Mundo', 'https://www.folhadoplanalto.example', -3, 'pt-BR', 'UTF-8'),
 'db': ('diario-bandeirante.xml', 'atom', 'Diário Bandeirante — Internacional', 'https://www.diariobandeirante.example', -3, 'pt-BR', 'utf-8'),
 'tc': ('tv-cruzeiro-transcricoes.xml', 'rss1', 'TV Cruzeiro — Jornal da Noite (transcrições)', 'https://tvcruzeiro.example', -3, 'pt-BR', 'utf-8'),
 'fl': ('fronteira-leste.json', 'json', 'Fronteira Leste — a newsletter de Inês Távora sobre a defesa europeia', 'https://fronteiraleste.example', 1, 'pt-PT', 'utf-8'),
 'lc': ('linha-de-contato-podcast.xml', 'pod', 'Linha de Contato (podcast)', 'https://linhadecontato.example', -3, 'pt-BR', 'UTF-8'),
 'em': ('el-meridiano.xml', 'rss2', 'El Meridiano — Internacional', 'https://www.elmeridiano.example', 2, 'es', 'UTF-8'),
 'am': ('agencia-meseta.xml', 'atom', 'Agencia Meseta — Internacional', 'https://agenciameseta.example', 2, 'es', 'utf-8'),
 'hc': ('heraldo-del-cantabrico.xml', 'rss1', 'Heraldo del Cantábrico - Mundo', 'https://www.heraldocantabrico.example', 2, 'es', 'windows-1252'),
 'ep': ('estuary-post.xml', 'atom', "The Estuary Post — Lisbon's English-language weekly", 'https://www.estuarypost.example', 1, 'en-gb', 'utf-8'),
 'kc': ('keel-and-compass.xml', 'rss2', 'Keel & Compass Institute — Commentary', 'https://keelcompass.example', 1, 'en', 'UTF-8'),
}

sys.path.insert(0, os.path.dirname(ROOT))
import corpusgen  # noqa: E402 (tests/data/corpusgen.py)

if __name__ == '__main__':
    corpusgen.generate(HERE, FEEDS, json_author='Inês Távora')
