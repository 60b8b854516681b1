"""The HTML twins and the catalog in a real browser: headless Chromium driven by selenium,
with the axe-core accessibility engine (a local copy, nothing from the internet).

These run in CI (.ci/run installs Chromium, ChromeDriver and axe-core). Elsewhere they skip;
to run them: apt-get install -y chromium chromium-driver, npm install --prefix .ci/axe
axe-core@4.14.1, then ACTSHEETS_BROWSER_TESTS=1 python -m pytest tests/test_html_browser.py
"""

from __future__ import annotations

import base64
import io
import itertools
import json
import os
import shutil
import tempfile
from pathlib import Path

import pypdf
import pytest
from conftest import REPO
from html_support import library_project

ENABLED = os.environ.get("CI") == "true" or os.environ.get("ACTSHEETS_BROWSER_TESTS") == "1"
HOW = ("browser tests skipped: set ACTSHEETS_BROWSER_TESTS=1 (CI sets CI=true) after "
       "`apt-get install -y chromium chromium-driver` and "
       "`npm install --prefix .ci/axe axe-core@4.14.1` (see .ci/run)")
pytestmark = pytest.mark.skipif(not ENABLED, reason=HOW)

CHROMIUM = os.environ.get("ACTSHEETS_CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("ACTSHEETS_CHROMEDRIVER", "/usr/bin/chromedriver")
AXE = Path(os.environ.get("ACTSHEETS_AXE_JS",
                          REPO / ".ci" / "axe" / "node_modules" / "axe-core" / "axe.min.js"))
WCAG_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
COURSE = "homework-in-act-for-depression"
PAGES = ["index.html", "setting-homework-in-act.html", "your-homework-between-sessions.html",
         "all-blocks.html", "all-blocks-therapist.html", "choice-point.html",
         "values-bullseye.html", "mindful-awareness-log.html", "values-list.html",
         "this-weeks-practice-therapist.html", "example-plan.html", f"{COURSE}-pack.html",
         f"{COURSE}-post-test.html", f"{COURSE}-answer-key.html", f"{COURSE}-evaluation.html",
         "your-homework-between-sessions-es.html", "values-bullseye-es.html",
         "choice-point-es.html"]
SPANISH = len(list((REPO / "translations" / "es").glob("*.po")))
# the bundled library and the all-blocks sheet, and the Spanish translations: a card each
DOCUMENTS = 19 + SPANISH


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    project = library_project(tmp_path_factory.mktemp("browser") / "lib", translations=True)
    run = project.build()
    assert run.exit_code == 0, run.output
    return project.output


@pytest.fixture(scope="module")
def browser():
    missing = [p for p in (CHROMIUM, CHROMEDRIVER, str(AXE)) if not Path(p).is_file()]
    assert not missing, f"missing {missing}: {HOW}"
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix="actsheets-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in ("--headless", "--no-sandbox", "--disable-gpu",
                     "--disable-background-networking", "--disable-component-update",
                     "--disable-sync", "--no-first-run", f"--user-data-dir={profile}",
                     "--window-size=1280,1000"):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"performance": "ALL"})
    driver = webdriver.Chrome(options=options, service=Service(CHROMEDRIVER))
    driver.set_script_timeout(60)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def _open(driver, path: Path) -> None:
    driver.get(path.as_uri())
    driver.get_log("performance")  # start each page with an empty log


def _axe(driver) -> list[dict]:
    driver.execute_script(AXE.read_text("utf-8"))
    return driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}})"
        ".then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,"
        " nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 5)}))))"
        ".catch(e => done([{id: 'axe-error', help: String(e)}]));", WCAG_AA)


@pytest.mark.parametrize("width", [1280, 390])
@pytest.mark.parametrize("name", PAGES)
def test_no_wcag_21_aa_violations(site, browser, name, width):
    browser.set_window_size(width, 1000)
    _open(browser, site / name)
    violations = _axe(browser)
    assert violations == [], json.dumps(violations, indent=1)


def test_axe_finds_violations_when_there_are_some(site, browser, tmp_path):
    page = (site / "choice-point.html").read_text("utf-8")
    broken = tmp_path / "broken.html"
    broken.write_text(page.replace('<html lang="en">', "<html>").replace(
        '<label for="name">Name</label>', "<span>Name</span>"), "utf-8")
    _open(browser, broken)
    found = {v["id"] for v in _axe(browser)}
    assert {"html-has-lang", "label"} <= found


def test_no_page_makes_a_network_request(site, browser):
    for name in PAGES:
        _open(browser, site / name)
        browser.execute_script("window.scrollTo(0, document.body.scrollHeight)")
        requested = [json.loads(entry["message"])["message"]["params"]["request"]["url"]
                     for entry in browser.get_log("performance")
                     if '"Network.requestWillBeSent"' in entry["message"]]
        outside = [url for url in requested
                   if not (url.startswith((site.as_uri(), "data:")))]
        assert outside == [], (name, outside)
        loaded = browser.execute_script(
            "return performance.getEntriesByType('resource').map(e => e.name)")
        expected = [u for u in loaded if u.startswith((site / "thumbnails").as_uri())]
        assert loaded == expected, (name, loaded)
    # The catalog's pictures are files beside it: the only resources any page loads.
    _open(browser, site / "index.html")
    assert browser.execute_script("return document.querySelectorAll('img').length") == DOCUMENTS
    assert browser.execute_script(
        "return [...document.images].every(i => i.complete && i.naturalWidth > 0)")


def test_a_client_can_fill_in_the_form_and_print_it(site, browser):
    from selenium.webdriver.common.by import By

    _open(browser, site / "all-blocks.html")
    typed = {}
    for number, field in enumerate(browser.find_elements(
            By.CSS_SELECTOR, "input[type=text], textarea"), start=1):
        word = f"answer{number}"
        browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", field)
        field.send_keys(word)
        typed[field.get_attribute("name")] = word
    # name, date, week, 14 tracker cells, lines, box, letter 3, choice point 5, cards 2 x 2
    assert len(typed) == 31
    for box in browser.find_elements(By.CSS_SELECTOR, "input[type=checkbox]"):
        browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", box)
        box.click()
    label = browser.find_element(By.CSS_SELECTOR, "label[for='willing-v7']")
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", label)
    label.click()  # a radio is chosen by its label
    for ring in browser.find_elements(By.CSS_SELECTOR, "input[type=radio][value='2']"):
        if ring.get_attribute("name").startswith("eye_"):
            browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", ring)
            ring.click()
    values = browser.execute_script(
        "const f = new FormData(document.querySelector('form'));"
        "return Object.fromEntries([...f.entries()]);")
    for name, word in typed.items():
        assert values[name] == word
    assert values["willing"] == "7"
    assert sum(1 for n, v in values.items() if n.startswith("eye_") and v == "2") == 4
    assert values["log_3_done"] == "on" and values["done_2"] == "on"

    from selenium.webdriver.common.print_page_options import PrintOptions

    printed = PrintOptions()
    printed.page_width, printed.page_height = 21.59, 27.94  # Letter, in cm
    pdf = pypdf.PdfReader(io.BytesIO(base64.b64decode(browser.print_page(printed))))
    text = " ".join(page.extract_text() for page in pdf.pages)
    assert "Every Block <b>Sheet</b> & more" in text
    assert 2 <= len(pdf.pages) <= 6
    missing = [w for w in typed.values() if w not in text]
    assert missing == [], f"typed words missing from the printed page: {missing}"


def test_catalog_filters_work_and_everything_shows_without_them(site, browser):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    _open(browser, site / "index.html")
    visible = "return [...document.querySelectorAll('.card')].filter(c => !c.hidden).length"
    assert browser.execute_script(visible) == DOCUMENTS
    Select(browser.find_element(By.ID, "filter-kind")).select_by_visible_text("Handout")
    assert browser.execute_script(visible) == 3  # two, and the Spanish client handout
    assert browser.find_element(By.ID, "shown").text == "3"
    Select(browser.find_element(By.ID, "filter-kind")).select_by_index(0)
    Select(browser.find_element(By.ID, "filter-language")).select_by_visible_text("Español")
    assert browser.execute_script(visible) == SPANISH
    Select(browser.find_element(By.ID, "filter-language")).select_by_index(0)
    Select(browser.find_element(By.ID, "filter-process")).select_by_visible_text("Defusion")
    shown = browser.execute_script(
        "return [...document.querySelectorAll('.card')].filter(c => !c.hidden)"
        ".map(c => c.querySelector('h2').textContent)")
    assert "Choice Point" in shown and "Values Bull's-Eye" not in shown
    Select(browser.find_element(By.ID, "filter-audience")).select_by_visible_text("For therapists")
    assert browser.execute_script(visible) == 0
    assert browser.find_element(By.ID, "none").is_displayed()


def _form_values(browser, selector: str) -> dict[str, str]:
    return browser.execute_script(
        "const f = new FormData(document.querySelector(arguments[0]));"
        "return Object.fromEntries([...f.entries()]);", selector)


def test_the_post_test_and_the_evaluation_are_forms(site, browser):
    from selenium.webdriver.common.by import By

    _open(browser, site / f"{COURSE}-post-test.html")
    questions = browser.find_elements(By.CSS_SELECTOR, "fieldset.question")
    assert len(questions) >= 5
    for question in questions:
        assert question.find_element(By.TAG_NAME, "legend").text
        label = question.find_elements(By.TAG_NAME, "label")[1]  # answer b)
        browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", label)
        label.click()
    name = browser.find_element(By.ID, "name")
    name.send_keys("Sam")
    values = _form_values(browser, "form")
    assert values["name"] == "Sam"
    assert [values[f"question_{n}"] for n in range(1, len(questions) + 1)] == \
        ["b"] * len(questions)
    _open(browser, site / f"{COURSE}-evaluation.html")
    ratings = browser.find_elements(By.CSS_SELECTOR, "fieldset.rating")
    for rating in ratings:
        choice = rating.find_elements(By.CSS_SELECTOR, "input[type=radio]")[3]
        browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", choice)
        choice.click()
    comment = browser.find_element(By.CSS_SELECTOR, "textarea")
    comment.send_keys("More examples, please.")
    values = _form_values(browser, "form")
    assert sorted(v for n, v in values.items() if v == "4") == ["4"] * len(ratings)
    assert "More examples, please." in values.values()


def test_the_plan_and_the_pack_are_one_page_each_with_nested_headings(site, browser):
    for name in ("example-plan.html", f"{COURSE}-pack.html"):
        _open(browser, site / name)
        levels = browser.execute_script(
            "return [...document.querySelectorAll('h1,h2,h3,h4,h5,h6')]"
            ".map(h => Number(h.tagName[1]))")
        assert levels.count(1) == 1 and levels[0] == 1, name
        assert all(b <= a + 1 for a, b in itertools.pairwise(levels)), (name, levels)
    links = browser.execute_script(
        "return [...document.querySelectorAll('nav.contents a')].map(a => a.hash)")
    assert links and all(browser.execute_script(
        "return document.querySelector(arguments[0]) !== null", link) for link in links)
