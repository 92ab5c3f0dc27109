"""Read .docx files back with python-docx and print what a reader finds, as JSON.

For each file given: the paragraphs whose style is Title or a Heading with that style's
name and their text; how many runs the body, header and footer have and how many carry a
w:lang; the languages found; and the core properties.
"""
import json
import sys

import docx
from docx.oxml.ns import qn


def runs_with_lang(element):
    total, with_lang, langs = 0, 0, set()
    for r in element.iter(qn("w:r")):
        total += 1
        rpr = r.find(qn("w:rPr"))
        lang = rpr.find(qn("w:lang")) if rpr is not None else None
        if lang is not None:
            with_lang += 1
            langs.add(lang.get(qn("w:val")))
    return total, with_lang, langs


out = {}
for path in sys.argv[1:]:
    d = docx.Document(path)
    headings = [
        [p.style.name, p.text]
        for p in d.paragraphs
        if p.style.name == "Title" or p.style.name.startswith("Heading")
    ]
    total, with_lang, langs = runs_with_lang(d.element.body)
    for section in d.sections:
        for part in (section.header, section.footer):
            t, w, l = runs_with_lang(part._element)
            total, with_lang, langs = total + t, with_lang + w, langs | l
    cp = d.core_properties
    out[path] = {
        "headings": headings,
        "runs": total,
        "runs_with_lang": with_lang,
        "langs": sorted(langs),
        "title": cp.title,
        "creator": cp.author,
        "language": cp.language,
        "created": cp.created.isoformat() if cp.created else "",
        "header": [p.text for s in d.sections for p in s.header.paragraphs],
        "tables": len(d.tables),
    }
json.dump(out, sys.stdout, ensure_ascii=False)
