#!/usr/bin/env python3
"""Carry translations over to strings that moved to another context, after lupdate.

When a tr() string moves from one class to another (dmad::ui::MainWindow -> dmad::ui::ShownImage, say),
lupdate marks the old message "vanished" (or "obsolete") and adds the new one as "unfinished", although
the text is the same. This script copies, in each .ts file given, the translation of every vanished or
obsolete message into each unfinished message with the same source text, comment and numerus, then drops
the vanished and obsolete messages (and contexts left empty). With --finished, an unfinished message
whose source text, comment and numerus match a finished message elsewhere takes that translation too
(one term, one translation). Messages it cannot match stay unfinished for a translator.

Run after `cmake --build build --target update_translations`:
  python3 packaging/ts-carry-over.py translations/dmad_studio_de.ts translations/dmad_studio_zh_CN.ts

The file is edited as text, message by message, so lupdate's layout and escaping stay as they are and the
next lupdate run changes nothing. It prints per file how many translations it carried over, how many
messages it dropped and how many stay unfinished.
"""

import argparse
import re
import sys
import xml.etree.ElementTree as ET

MESSAGE = re.compile(r"(?P<indent>[ \t]*)<message(?P<attrs>[^>]*)>.*?</message>\n", re.S)
TRANSLATION = re.compile(r"<translation(?P<attrs>[^>]*?)(?:/>|>(?P<body>.*?)</translation>)", re.S)
CONTEXT = re.compile(r"<context>\n(?P<body>.*?)</context>\n", re.S)


def message_key(block):
    """(source, comment, numerus) of a <message> block: what must match for a translation to carry over."""
    element = ET.fromstring(block)
    source = element.findtext("source") or ""
    comment = element.findtext("comment") or ""
    return source, comment, element.get("numerus") == "yes"


def translation_of(block):
    """The <translation> element's attributes and raw (still escaped) content."""
    match = TRANSLATION.search(block)
    if match is None:
        return None, None
    return match.group("attrs"), match.group("body") or ""


def translation_type(block):
    attrs, _ = translation_of(block)
    found = re.search(r'type="([^"]*)"', attrs or "")
    return found.group(1) if found else ""


def has_text(body):
    """True when a translation body holds words (numerus forms count only when none is empty)."""
    forms = re.findall(r"<numerusform>(.*?)</numerusform>", body, re.S)
    if forms:
        return all(form.strip() for form in forms)
    return bool(body.strip())


def with_translation(block, body):
    """The block with its <translation> replaced by a finished one holding body."""
    match = TRANSLATION.search(block)
    return block[: match.start()] + "<translation>" + body + "</translation>" + block[match.end():]


def carry_over(text, use_finished):
    gone = {}
    finished = {}
    for match in MESSAGE.finditer(text):
        block = match.group(0)
        kind = translation_type(block)
        _, body = translation_of(block)
        if body is None or not has_text(body):
            continue
        if kind in ("vanished", "obsolete"):
            gone.setdefault(message_key(block), body)
        elif kind == "" and use_finished:
            finished.setdefault(message_key(block), body)

    counts = {"carried": 0, "from_finished": 0, "dropped": 0, "unfinished": 0}

    def replace(match):
        block = match.group(0)
        kind = translation_type(block)
        if kind in ("vanished", "obsolete"):
            counts["dropped"] += 1
            return ""
        if kind != "unfinished":
            return block
        key = message_key(block)
        if key in gone:
            counts["carried"] += 1
            return with_translation(block, gone[key])
        if key in finished:
            counts["from_finished"] += 1
            return with_translation(block, finished[key])
        counts["unfinished"] += 1
        return block

    text = MESSAGE.sub(replace, text)
    text = CONTEXT.sub(lambda m: m.group(0) if "<message" in m.group("body") else "", text)
    return text, counts


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("ts_files", nargs="+", help="Qt Linguist catalogues, edited in place")
    parser.add_argument("--finished", action="store_true",
                        help="also reuse finished translations of the same text from other contexts")
    args = parser.parse_args()
    for path in args.ts_files:
        try:
            with open(path, encoding="utf-8") as file:
                text = file.read()
            ET.fromstring(text.encode("utf-8"))
        except (OSError, ET.ParseError) as error:
            print(f"{path}: cannot read the catalogue: {error}", file=sys.stderr)
            return 1
        text, counts = carry_over(text, args.finished)
        with open(path, "w", encoding="utf-8") as file:
            file.write(text)
        print(f"{path}: {counts['carried']} carried over from vanished messages, "
              f"{counts['from_finished']} from finished ones, {counts['dropped']} vanished dropped, "
              f"{counts['unfinished']} still unfinished")
    return 0


if __name__ == "__main__":
    sys.exit(main())
