"""One folding of names for the engine and the store."""
from nlp.text.folding import fold, fold_words, shares_words


def test_case_accents_and_curly_apostrophes_fold_to_one_form():
    assert fold("François O’Neil") == fold("FRANCOIS O'NEIL") == "francois o'neil"
    assert fold("‘Ali") == "'ali"


def test_words_are_letters_and_digits_only():
    assert fold_words("Jean-Luc O’Neil, Jr.") == ("jean", "luc", "o", "neil", "jr")


def test_letters_without_a_decomposition_fold_as_english_papers_print_them():
    """Issue 16: `Groß`, `Wałęsa` and `Đorđe` meet `Gross`, `Walesa` and `Dorde`."""
    assert fold("Groß Wałęsa Đorđe Øster") == "gross walesa dorde oster"


def test_letters_of_latin_extended_a_and_b_fold_as_english_papers_print_them():
    """`Ħamrun`, `Əliyev` and `Ɗanjuma` meet `Hamrun`, `Aliyev` and `Danjuma`; `ŋ` is `ng`."""
    assert fold("Ħamrun ŦŧŊŋ ĸ Paraŀlel Əliyev Ɗanjuma ƘƙƳƴ ƐɛƆɔ ŉ") == \
        "hamrun ttngng q parallel aliyev danjuma kkyy eeoo 'n"
    assert fold("Col·legi") == "col·legi", "a middle dot of its own is not a letter"


def test_every_letter_of_latin_extended_a_folds_to_plain_ascii():
    letters = [chr(c) for c in range(0x100, 0x180) if chr(c).isalpha()]
    assert [c for c in letters if not fold(c).replace("'", "").isalpha()
            or not fold(c).isascii()] == []


def test_words_of_other_scripts_are_words_too():
    assert fold_words("Λέμε «ναι» στο 2024") == ("λεμε", "ναι", "στο", "2024")
    assert fold_words("Мы готовы, — сказал он.") == ("мы", "готовы", "сказал", "он")
    assert fold_words("我们 准备好了") == ("我们", "准备好了")
    assert fold_words("snake_case") == ("snake", "case")


def test_two_quotes_in_another_script_share_words_only_when_they_hold_the_same_words():
    """A Russian quote and another one were both no words at all, so each `held` the other."""
    assert not shares_words("Мы готовы к переговорам", "Это неправда")
    assert shares_words("готовы к переговорам", "Он сказал: «Мы готовы к переговорам»")
