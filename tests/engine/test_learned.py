"""The learned second opinion: what it may add and set aside, what it never touches, and that it
always leaves evidence behind."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from signaalwijzer.engine import assess
from signaalwijzer.engine import learned as learned_module
from signaalwijzer.engine.learned import (
    MODEL_PATH,
    LinearModel,
    affirmed_words,
    features,
    load_model,
    rule_features,
    text_features,
    text_words,
)
from signaalwijzer.knowledge import KnowledgeBase

ROOT = Path(__file__).resolve().parents[2]
FRAGMENTS = [
    "De mannen worden om vijf uur opgehaald met een busje.",
    "Ze slapen met z'n tienen in de schuur.",
    "Hij krijgt maar drie euro per uur.",
    "Ze moet elke avond mannen ontvangen in het appartement.",
    "Haar vriend houdt al het geld.",
    "De jongen moet pakketjes wegbrengen voor de oudere jongens.",
    "Nu op dit moment wordt er geschreeuwd en geslagen.",
    "He has his own contract and gets paid every week.",
    "The boss keeps all the passports in his office.",
    "They work every day from six in the morning till midnight.",
    "She is 15 and older men pick her up in cars.",
    "Right now someone is locked in the shed and screaming.",
    "",
]
texts = st.lists(st.sampled_from(FRAGMENTS), max_size=5).map(" ".join)
SLOW = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def test_the_shipped_model_loads_with_all_forms(kb: KnowledgeBase) -> None:
    model = load_model()
    assert model is not None
    assert set(model.forms) == {f.id for f in kb.forms}
    assert 0 < model.form_add < 1 and 0 < model.acute_add < 1
    assert 0.5 < model.form_add_words < 1


@SLOW
@given(text=texts)
def test_never_touches_signals_acute_or_a_form_resting_on_a_heavy_signal(
    kb: KnowledgeBase, text: str
) -> None:
    rules = assess(kb=kb, text=text, learned=False)
    both = assess(kb=kb, text=text)
    assert both.acute or not rules.acute
    assert both.signal_ids == rules.signal_ids
    set_aside = set(rules.form_ids) - set(both.form_ids)
    for form_id in set_aside:
        # Only a form without a heavy signal that means that form alone.
        assert not any(
            kb.indicator(s).forms == (form_id,) and kb.indicator(s).weight >= 0.9
            for s in rules.signal_ids
        )


@SLOW
@given(text=texts)
def test_an_added_form_always_shows_why(kb: KnowledgeBase, text: str) -> None:
    """Signals that point to it, or the words that weighed most, exactly where they stand."""
    rules = assess(kb=kb, text=text, learned=False)
    both = assess(kb=kb, text=text)
    for form in both.forms:
        if form.form_id in rules.form_ids:
            continue
        assert form.signals or form.evidence, "a form without evidence"
        for indicator_id in form.signals:
            assert form.form_id in kb.indicator(indicator_id).forms
            assert indicator_id in both.signal_ids
        for span in form.evidence:
            assert text[span.start : span.end] == span.text


# A possible (not strong) labour finding: the model may set it aside in a text this long.
CAR_WASH_SHORT = (
    "Ze werken 14 uur per dag in de wasstraat, ze worden gedwongen en de baas controleert ze."
)
CAR_WASH = (
    CAR_WASH_SHORT
    + " Ze wonen met zijn tienen boven de zaak en gaan op zondag samen naar de markt in het dorp."
)


def _model_without(form_id: str, tmp_path: Path) -> Path:
    """The shipped weights, but the model finds ``form_id`` very unlikely whatever it reads."""
    shipped = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    shipped["forms"][form_id] = {"bias": -9.0, "weights": {}}
    path = tmp_path / "model.json"
    path.write_text(json.dumps(shipped), encoding="utf-8")
    return path


def _model_that_reads(word_stem: str, tmp_path: Path) -> Path:
    """The shipped weights, but criminal exploitation hangs on one word stem alone."""
    shipped = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    shipped["forms"]["criminal_exploitation"] = {"bias": -4.0, "weights": {word_stem: 9.0}}
    path = tmp_path / "model.json"
    path.write_text(json.dumps(shipped), encoding="utf-8")
    return path


def test_a_form_from_the_words_alone_cites_the_words(
    kb: KnowledgeBase, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(learned_module, "_chosen_path", [_model_that_reads("w:tulpen", tmp_path)])
    text = (
        "Ze plukt tulpen in de tuin van haar oma, elke zaterdag en elke zondag, samen met haar "
        "broertje en twee neefjes uit de straat, en daarna drinken ze thee in de keuken."
    )
    assert "criminal_exploitation" not in assess(kb=kb, text=text, learned=False).form_ids
    result = assess(kb=kb, text=text)
    (crime,) = [f for f in result.forms if f.form_id == "criminal_exploitation"]
    assert crime.signals == ()
    assert [(s.text, text[s.start : s.end]) for s in crime.evidence] == [("tulpen", "tulpen")]
    assert result.channel_ids[0] == "police"


def test_no_form_from_the_words_where_the_text_explains_it_away(
    kb: KnowledgeBase, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(learned_module, "_chosen_path", [_model_that_reads("w:tulpen", tmp_path)])
    text = (
        "Ze plukt tulpen bij een kweker in de buurt, al drie seizoenen achter elkaar. Ze heeft "
        "een contract en haar eigen paspoort."
    )
    assert "criminal_exploitation" not in assess(kb=kb, text=text).form_ids


def test_a_short_text_is_left_to_the_rules(
    kb: KnowledgeBase, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A dozen words are too few for a model of words: one-line look-alikes stay as the rules
    read them."""
    monkeypatch.setattr(learned_module, "_chosen_path", [_model_that_reads("w:tulpen", tmp_path)])
    text = "Ze plukt tulpen in de tuin van haar oma."
    assert assess(kb=kb, text=text).form_ids == assess(kb=kb, text=text, learned=False).form_ids


def test_a_form_the_model_finds_very_unlikely_is_set_aside_with_a_note(
    kb: KnowledgeBase, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The signals stay in the result and a note says why the form is not named."""
    text = CAR_WASH
    rules = assess(kb=kb, text=text, learned=False)
    assert "labour_exploitation" in rules.form_ids
    monkeypatch.setattr(
        learned_module, "_chosen_path", [_model_without("labour_exploitation", tmp_path)]
    )
    result = assess(kb=kb, text=text)
    assert "labour_exploitation" not in result.form_ids
    assert result.signal_ids == rules.signal_ids
    assert any("as a whole does not" in note.en for note in result.notes)


@SLOW
@given(text=texts)
def test_acute_evidence_points_into_the_text(kb: KnowledgeBase, text: str) -> None:
    result = assess(kb=kb, text=text)
    for span in result.acute_evidence:
        assert text[span.start : span.end] == span.text


def test_a_denying_sentence_is_not_read_for_forms() -> None:
    negations = frozenset({"niet", "geen", "niemand", "not", "no", "never"})
    words = affirmed_words("De baas houdt de paspoorten. Niemand wordt geslagen.", negations)
    assert "paspoorten" in words
    assert "geslagen" not in words and "niemand" not in words


def test_features_name_stems_pairs_and_rule_findings() -> None:
    found = features(
        ["paspoorten", "kwijt"],
        form_ids=["labour_exploitation"],
        signal_ids=["passport_held"],
        pointed=["labour_exploitation", "labour_exploitation", "sexual_exploitation"],
    )
    assert {"w:paspoo", "w:kwijt", "b:paspo_kwijt", "f:labour_exploitation"} <= found
    assert {"s:passport_held", "p:labour_exploitation", "p2:labour_exploitation"} <= found
    assert "p2:sexual_exploitation" not in found and "acute:rules" not in found


def test_the_signals_found_weigh_less_than_the_words() -> None:
    """The training penalises signal weights far harder: the patterns were tuned on the very
    cases the model learns from."""
    spec = importlib.util.spec_from_file_location(
        "train_learned_model", ROOT / "scripts" / "train_learned_model.py"
    )
    assert spec and spec.loader
    trainer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(trainer)
    # The same evidence once as a word and once as a signal: the signal ends up lighter.
    rows = [{"w:baas", "s:x"}] * 20 + [{"w:vrij"}] * 20
    labels = [1] * 20 + [0] * 20
    _, weights = trainer.train(rows, labels)
    assert 0 < weights.get("s:x", 0.0) < weights["w:baas"]


def test_linear_model_probability() -> None:
    model = LinearModel.of(0.0, {"a": 2.0, "b": -2.0})
    assert model.probability(set()) == 0.5
    assert model.probability({"a", "unknown"}) > 0.85
    assert model.probability({"a", "b"}) == 0.5


def _trainer() -> Any:
    spec = importlib.util.spec_from_file_location(
        "train_learned_model", ROOT / "scripts" / "train_learned_model.py"
    )
    assert spec and spec.loader
    trainer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(trainer)
    return trainer


def test_training_is_reproducible() -> None:
    trainer = _trainer()
    rows = [{"w:baas", "s:x"}, {"w:contract"}, {"w:baas"}, {"w:vrij", "w:contract"}]
    labels = [1, 0, 1, 0]
    first = trainer.train(rows, labels)
    assert first == trainer.train(rows, labels)
    bias, weights = first
    assert weights["w:baas"] > 0 > weights["w:contract"]


def test_names_are_found_and_carry_no_weight_in_training() -> None:
    """Places, people and nationalities are written with a capital inside a sentence; an
    abbreviation in capitals or a word sharing a name's stem is no name."""
    texts = [
        "Ze werkt in Zwolle bij een Poolse baas. Hij woont ook in Zwolle met Poolse collega's.",
        "Volgens de GGD en de GGD-arts is het een arbeidsmigrant. De Arbeidsinspectie weet het.",
        "Hij is arbeidsmigrant en werkt hard.",
    ]
    names = _trainer().name_features(texts)
    assert {"w:zwolle", "w:poolse", "b:zwoll", "b:pools"} <= names
    assert "w:ggd" not in names  # an abbreviation
    assert "w:arbeid" not in names  # the stem of "arbeidsmigrant" too
    row = {"w:zwolle", "w:baas", "b:in_zwoll", "b:een_pools", "b:poo_baas", "f:labour"}
    assert _trainer().without_names(row, names) == {"w:baas", "b:poo_baas", "f:labour"}


@pytest.mark.parametrize(
    ("one", "other"),
    [("Utrecht", "Zwolle"), ("Filipijnse", "Nederlandse"), ("Nigerian", "Dutch")],
)
def test_where_someone_lives_or_comes_from_does_not_change_the_opinion(
    kb: KnowledgeBase, one: str, other: str
) -> None:
    """The shipped model gives names no weight: swapping one for another changes nothing."""
    model = load_model()
    assert model is not None
    template = (
        "De {} vrouw die bij de buren in {} werkt, maakt elke dag lange dagen en krijgt weinig "
        "geld. The {} woman next door works long days for very little money."
    )
    first = learned_module.judge(
        model, template.format(one, one, one), negations=frozenset(), form_ids=(), acute=False
    )
    second = learned_module.judge(
        model, template.format(other, other, other), negations=frozenset(), form_ids=(), acute=False
    )
    # Equal up to the order in which floats are summed (sets iterate in hash order).
    assert first.form_probability == pytest.approx(second.form_probability, rel=1e-9)
    assert first.acute_probability == pytest.approx(second.acute_probability, rel=1e-9)
    assert first.affirmed_words == second.affirmed_words


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=6),
    st.sampled_from([(), ("labour_exploitation",), ("sexual_exploitation",) * 2]),
    st.booleans(),
)
def test_fast_scoring_equals_scoring_the_feature_strings(
    fragments: list[str], pointed: tuple[str, ...], acute: bool
) -> None:
    """The run-time path (stems and pairs without strings) weighs exactly what training saw."""
    model = load_model()
    assert model is not None
    text = " ".join(fragments)
    words = [w for w, _, _ in text_words(text)]
    as_strings = features(words, form_ids=["labour_exploitation"], pointed=pointed, acute=acute)
    rules = rule_features(["labour_exploitation"], pointed=pointed, acute=acute)
    fast = text_features(words, rules)
    for linear in (*model.forms.values(), model.acute):
        assert abs(linear.score(fast) - linear.probability(as_strings)) < 1e-9


def test_a_form_the_visitor_ticked_is_never_set_aside(
    kb: KnowledgeBase, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = CAR_WASH
    monkeypatch.setattr(
        learned_module, "_chosen_path", [_model_without("labour_exploitation", tmp_path)]
    )
    ticked = assess(kb=kb, text=text, checklist=["t_hours"])
    assert "labour_exploitation" in ticked.form_ids


def test_sexual_exploitation_of_a_minor_is_never_set_aside(
    real_kb: KnowledgeBase, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = (
        "Mijn nichtje van 15 heeft ineens dure tassen en een nieuwe telefoon, en een 'vriend' "
        "van 26 met een dure auto haalt haar elke vrijdag op bij school."
    )
    assert "sexual_exploitation" in assess(kb=real_kb, text=text, learned=False).form_ids
    monkeypatch.setattr(
        learned_module, "_chosen_path", [_model_without("sexual_exploitation", tmp_path)]
    )
    assert "sexual_exploitation" in assess(kb=real_kb, text=text).form_ids


def test_the_words_before_a_denial_are_read() -> None:
    """A denial reaches what follows it, not what comes before; and a denial added at the end of
    a text without a full stop changes nothing."""
    negations = frozenset({"niet", "geen", "niemand", "not", "no"})
    words = affirmed_words("De baas houdt de paspoorten en betaalt geen loon.", negations)
    assert words[:4] == ["de", "baas", "houdt", "de"] and "paspoorten" in words
    assert "loon" not in words and "geen" not in words
    base = "Ze slapen in de keet. lol ok"
    for gap in (" ", "  ", "   "):  # also after two spaces (hypothesis found that)
        added = affirmed_words(base + gap + "Niemand neemt zijn paspoort in.", negations)
        assert added == affirmed_words(base, negations)


def test_a_short_text_keeps_what_the_rules_found(
    kb: KnowledgeBase, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Setting a form aside needs a text of some length: a two-line report with a question reads
    like the general questions the model learned from."""
    short = CAR_WASH_SHORT + " Wat nu?"
    assert "labour_exploitation" in assess(kb=kb, text=short, learned=False).form_ids
    monkeypatch.setattr(
        learned_module, "_chosen_path", [_model_without("labour_exploitation", tmp_path)]
    )
    assert "labour_exploitation" in assess(kb=kb, text=short).form_ids
    assert "labour_exploitation" not in assess(kb=kb, text=CAR_WASH).form_ids


def test_signals_from_three_categories_are_never_set_aside(
    kb: KnowledgeBase, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The indicator lists count signals across three categories as a case."""
    text = (
        "Ze werken 14 uur per dag en de baas heeft hun paspoorten. Ze slapen in de keet achter "
        "de zaak en op zondag gaan ze samen naar de markt in het dorp, zegt de buurvrouw."
    )
    rules = assess(kb=kb, text=text, learned=False)
    assert "labour_exploitation" in rules.form_ids
    assert len({kb.indicator(s).category for s in rules.signal_ids}) >= 3
    monkeypatch.setattr(
        learned_module, "_chosen_path", [_model_without("labour_exploitation", tmp_path)]
    )
    assert "labour_exploitation" in assess(kb=kb, text=text).form_ids


def test_a_strong_finding_is_never_set_aside(
    kb: KnowledgeBase, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The model prunes possible findings only: a threat makes this one strong."""
    text = CAR_WASH + " De baas bedreigen ze als ze klagen."
    rules = assess(kb=kb, text=text, learned=False)
    assert [(f.form_id, f.level) for f in rules.forms] == [("labour_exploitation", "strong")]
    monkeypatch.setattr(
        learned_module, "_chosen_path", [_model_without("labour_exploitation", tmp_path)]
    )
    assert "labour_exploitation" in assess(kb=kb, text=text).form_ids
