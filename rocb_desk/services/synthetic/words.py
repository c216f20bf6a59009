"""Words for the synthetic office: vocabularies in English and Russian drawn by Zipf's law,
sentences and paragraphs made of them, and people's names.

Real text follows Zipf's law: a few words are in nearly every letter (the, и, на), the
office's own terms (customs, взнос, workshop...) in some, most words in few. Searching
such text is what makes a full-text index work hard, so the synthetic letters (and the
search benchmark, benchmarks/query_figures.py) draw their words this way.
"""

from __future__ import annotations

import random
from collections.abc import Callable

ENGLISH = (
    "capacity building customs administration contribution member workshop training "
    "contact point needs assessment expert mission webinar regional structures report "
    "budget chapter audit integrity risk management trade facilitation convention "
    "Kyoto enforcement smuggling counterfeiting piracy e-learning platform newsletter "
    "invitation meeting conference agenda participants nomination secretariat "
    "programme delivery cooperation partnership donor project evaluation strategy"
).split()
RUSSIAN = (
    "наращивание потенциала таможенная администрация взнос семинар обучение "
    "контактное лицо оценка потребностей эксперт миссия вебинар региональные структуры "
    "отчёт бюджет аудит добросовестность управление рисками упрощение торговли "
    "конвенция контрабанда контрафакт платформа приглашение совещание конференция "
    "повестка участники секретариат программа сотрудничество партнёрство стратегия"
).split()

COMMON_EN = "the of and to in for a is on by with as be that this from at are".split()
COMMON_RU = "и в на по с о для к не что из от как это при до или".split()

# The letters rare words are made of: consonants first, then vowels (see vocabulary()).
LETTERS_EN = "bcdfghklmnprstvaeiouy"
LETTERS_RU = "бвгдзклмнпрстаеиоуыя"

Draw = Callable[[random.Random, int], list[str]]


def vocabulary(rng: random.Random, common: list[str], domain: list[str], letters: str) -> list[str]:
    """Words in frequency order, as a language has them: a few very common ones, the
    office's own terms spread over the middle ranks, and thousands of rarer words."""
    syllables = [a + b for a in letters[:12] for b in letters[12:]]
    rare = sorted(
        {"".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))) for _ in range(6000)}
    )
    rng.shuffle(rare)
    words = list(common)
    for index, word in enumerate(domain):
        words += rare[index * 30 : (index + 1) * 30] + [word]
    return words + rare[len(domain) * 30 :]


def sampler(words: list[str]) -> Draw:
    """`draw(rng, n)`: n words, the word of rank r drawn with a weight of 1/r."""
    cumulative, total = [], 0.0
    for rank in range(1, len(words) + 1):
        total += 1 / rank
        cumulative.append(total)

    def draw(rng: random.Random, count: int) -> list[str]:
        return rng.choices(words, cum_weights=cumulative, k=count)

    return draw


def samplers(rng: random.Random) -> dict[str, Draw]:
    """A sampler per language ("en", "ru"); their vocabularies come from `rng`, English first."""
    english = sampler(vocabulary(rng, COMMON_EN, ENGLISH, LETTERS_EN))
    russian = sampler(vocabulary(rng, COMMON_RU, RUSSIAN, LETTERS_RU))
    return {"en": english, "ru": russian}


def sentences(rng: random.Random, draw: Draw, count: int) -> list[str]:
    """About `count` words as sentences of 6 to 18 words, each capitalized and ended."""
    words = draw(rng, max(count, 1))
    start = 0
    while start < len(words):
        end = min(len(words), start + rng.randint(6, 18))
        words[start] = words[start].capitalize()
        words[end - 1] += "."
        start = end
    return words


def paragraph(rng: random.Random, draw: Draw, count: int) -> str:
    return " ".join(sentences(rng, draw, count))


def phrase(rng: random.Random, draw: Draw, low: int, high: int) -> str:
    """A subject line: low to high words, the first capitalized, no full stop."""
    words = draw(rng, rng.randint(low, high))
    words[0] = words[0].capitalize()
    return " ".join(words)


def lines(rng: random.Random, draw: Draw, count: int, width: int = 12) -> list[str]:
    """A document's text as a scan reads it: sentences in lines of about `width` words."""
    words = sentences(rng, draw, count)
    result, start = [], 0
    while start < len(words):
        end = start + rng.randint(width - 3, width + 3)
        result.append(" ".join(words[start:end]))
        start = end
    return result


# People: participants of events, signatories of letters. Transliterated as passports write them.
FIRST_NAMES = {
    "female": (
        "Anna Elena Maria Olga Irina Natalia Svetlana Tatiana Aida Leyla Nino Mariam Ana Ivana "
        "Jelena Katarina Sofia Laura Eva Petra Marta Agnieszka Zeynep Elif Dilnoza Aigerim "
        "Gulnara Madina Ingrid Hanna Lena Sarah Claire Ewa Vesna Milena Daria Alina"
    ).split(),
    "male": (
        "Aleksandr Sergey Dmitry Andrei Ivan Nikolai Rashad Elvin Giorgi Davit Armen Marko "
        "Nikola Stefan Tomas Jan Piotr Mehmet Ahmet Emre Rustam Timur Bakhtiyar Nurlan Aziz "
        "Lars Jonas Pierre Marco Luca Pablo Janos Zoltan Viktor Oleksandr Taras Bogdan Emil"
    ).split(),
}
FAMILY_NAMES = (
    "Aliyev Mammadov Huseynov Beridze Kapanadze Petrosyan Grigoryan Ivanov Petrov Smirnov "
    "Kuznetsov Popov Sokolov Novak Horvat Kovacs Nagy Nowak Kowalski Yilmaz Kaya Demir "
    "Tashkentov Karimov Nurmagambetov Abenov Usenov Jensen Hansen Muller Schmidt Dubois "
    "Rossi Bianchi Garcia Lopez Papadopoulos Georgiou Popescu Ionescu Shevchenko Kovalenko "
    "Bondarenko Marin Berisha Hoxha Dimitrov Stoyanov Jovanovic Petrovic Lindqvist Virtanen"
).split()
TITLES = (
    "Customs Officer",
    "Senior Customs Inspector",
    "Head of Division",
    "Deputy Head of Department",
    "Chief Specialist",
    "Training Coordinator",
    "Head of International Cooperation",
    "Expert",
    "Legal Adviser",
    "Risk Analyst",
)


def person(rng: random.Random) -> tuple[str, str]:
    """A (name, gender) pair; the gender is unstated for one person in twenty."""
    gender = rng.choice(("female", "male"))
    name = f"{rng.choice(FIRST_NAMES[gender])} {rng.choice(FAMILY_NAMES)}"
    return name, ("" if rng.random() < 0.05 else gender)
