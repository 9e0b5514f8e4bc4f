"""Demo cases: a striking teacher, a student protester and an elderly Chin woman."""

from __future__ import annotations

from asylum_desk.domain.dates import PartialDate
from asylum_desk.domain.enums import (
    CaseStatus,
    FamilySituation,
    LocationGranularity,
    ReasonCategory,
    Sex,
    Vulnerability,
)
from asylum_desk.domain.model import (
    Case,
    Consent,
    Crossing,
    Dependent,
    Event,
    FamilyLocation,
    FamilyMember,
    Flight,
    IdentityDocument,
    Note,
    Person,
    PlaceOfOrigin,
    Reason,
    Statement,
)
from asylum_desk.services.demo_cases.common import CASEWORKERS, INTERPRETERS, aapp_reference, d


def cdm_teacher() -> Case:
    """Build a named teacher in the civil disobedience movement, with her son."""
    return Case(
        status=CaseStatus.DECIDED,
        registered_on=d("2025-03-28"),
        caseworker=CASEWORKERS[2],
        applicant=Person(
            given_names="May Thazin Oo",
            name_original_script="မေသဇင်ဦး",
            aliases=["Daw May Thazin Oo", "Tharzin"],
            sex=Sex.FEMALE,
            date_of_birth=d("1984-10-02"),
            nationality="MMR",
            ethnicity="Bamar",
            religion="Buddhist",
            languages=["my", "en"],
            occupation="High-school teacher (mathematics)",
            place_of_origin=PlaceOfOrigin(
                country="MMR", region="Sagaing Region", township="Monywa"
            ),
        ),
        vulnerabilities=[Vulnerability.SINGLE_PARENT],
        dependents=[
            Dependent(
                relationship="son",
                given_names="Htet Aung Oo",
                name_original_script="ထက်အောင်ဦး",
                sex=Sex.MALE,
                date_of_birth=d("2014"),
                nationality="MMR",
                languages=["my"],
            ),
        ],
        family_left_behind=[
            FamilyMember(
                relationship="mother",
                name="Daw Mya Sein",
                age=72,
                location=FamilyLocation(country="MMR", region="Sagaing Region"),
                situation=FamilySituation.SAFE,
                last_contact=d("2025-03-25"),
                safe_to_contact=True,
            ),
        ],
        flight=Flight(
            reasons=[
                Reason(
                    ReasonCategory.CIVIL_DISOBEDIENCE,
                    "Stopped teaching at the state school in protest at the coup.",
                ),
                Reason(ReasonCategory.POLITICAL_OPINION, "Organised a teachers' strike."),
            ],
            statement=Statement(
                text=(
                    "ကျွန်မသည် အခြေခံပညာ အထက်တန်းကျောင်းတွင် ကျောင်းဆရာမ ဖြစ်ပါသည်။ "
                    "အာဏာဖီဆန်ရေးလှုပ်ရှားမှုတွင် ပါဝင်ခဲ့သဖြင့် "
                    "ကျွန်မကို ဖမ်းဝရမ်း ထုတ်ခဲ့ပါသည်။"
                ),
                language="my",
                translation=(
                    "I am a teacher at a basic education high school. Because I took part in "
                    "the civil disobedience movement, a warrant for my arrest was issued."
                ),
                interpreter=INTERPRETERS[0],
            ),
            events=[
                Event("Stopped work with other teachers of her school", d("2025-02-08"), "Monywa"),
                Event("Told by the education office to return or be dismissed", d("2025-02-20")),
                Event("Warrant reported in state media", d("2025-03-06")),
                Event("Crossed into Mizoram with her son", d("2025-03-19"), "Champhai district"),
            ],
            fears_on_return="Imprisonment for incitement; loss of her son's schooling and safety.",
        ),
        crossing=Crossing(
            date=d("2025-03-19"),
            crossing_point="Border bridge area near Zokhawthar (on foot)",
            district="Champhai",
            state="Mizoram",
            country="IND",
            travelled_with="Son",
            current_location="Aizawl",
        ),
        documents=[
            IdentityDocument("national registration card", "5/MaYaNa(N)000951", held=True),
            IdentityDocument("teacher's service book", held=True, description="Photocopy"),
        ],
        consents=[
            Consent("government", True, True, d("2025-03-28"), CASEWORKERS[2]),
            Consent("unhcr", True, True, d("2025-03-28"), CASEWORKERS[2]),
        ],
        notes=[
            Note(
                "Long-term visa request decided; keep file open for the son's schooling.",
                d("2025-09-15"),
                CASEWORKERS[2],
            ),
        ],
        coi_refs=[aapp_reference()],
    )


def student_protester() -> Case:
    """Build a named student protester, arrested and beaten, who fled to Manipur."""
    return Case(
        status=CaseStatus.CLOSED,
        closed_reason="Moved to another city; file transferred to the office there.",
        registered_on=d("2026-03-05"),
        caseworker=CASEWORKERS[1],
        applicant=Person(
            given_names="Kaung Myat Thu",
            name_original_script="ကောင်းမြတ်သူ",
            aliases=["Kaung Kaung"],
            sex=Sex.MALE,
            date_of_birth=d("2004-05-11"),
            nationality="MMR",
            ethnicity="Bamar",
            religion="Buddhist",
            languages=["my", "en"],
            occupation="University student (engineering)",
            place_of_origin=PlaceOfOrigin(country="MMR", region="Yangon Region", township="Hlaing"),
        ),
        vulnerabilities=[Vulnerability.TORTURE_SURVIVOR, Vulnerability.MEDICAL],
        family_left_behind=[
            FamilyMember(
                relationship="father",
                name="U Myat Kyaw",
                location=FamilyLocation(
                    country="MMR",
                    region="Yangon Region",
                    exact="Hlaing township",
                    granularity=LocationGranularity.EXACT,
                ),
                situation=FamilySituation.THREATENED,
                notes="Soldiers left a summons for his son at the house.",
            ),
            FamilyMember(
                relationship="sister",
                name="Ma Hnin Thu",
                age=24,
                location=FamilyLocation(country="THA"),
                situation=FamilySituation.SAFE,
                safe_to_contact=True,
            ),
        ],
        flight=Flight(
            reasons=[
                Reason(
                    ReasonCategory.PROTEST_PARTICIPATION,
                    "Front-line organiser of student protests.",
                ),
                Reason(ReasonCategory.POLITICAL_OPINION, "Students' union member."),
            ],
            statement=Statement(
                text=(
                    "ကျွန်တော်သည် ကျောင်းသားသမဂ္ဂ အဖွဲ့ဝင်ဖြစ်ပြီး "
                    "ဆန္ဒပြပွဲများတွင် ပါဝင်ခဲ့ပါသည်။ "
                    "ဖမ်းဆီးခံရပြီး စစ်ကြောရေးတွင် ရိုက်နှက်ခံခဲ့ရပါသည်။"
                ),
                language="my",
                translation=(
                    "I am a member of the students' union and took part in the protests. "
                    "I was arrested and beaten during interrogation."
                ),
                interpreter=INTERPRETERS[0],
            ),
            events=[
                Event("Led a student march", d("2026-02-06"), "Yangon"),
                Event("Arrested at a checkpoint", d("2026-02-14"), "Yangon"),
                Event("Beaten in an interrogation centre for three days", d("2026-02-15")),
                Event("Released after relatives paid; went into hiding", d("2026-02-18")),
                Event("Crossed into Manipur", d("2026-03-01"), "Tengnoupal district"),
            ],
            fears_on_return="Re-arrest, torture and a long prison sentence.",
        ),
        crossing=Crossing(
            date=d("2026-03-01"),
            crossing_point="Unofficial crossing near the border market",
            district="Tengnoupal",
            state="Manipur",
            country="IND",
            route="Yangon – Mandalay – Kalewa – Tamu by bus and on foot",
            travelled_with="Two students (pseudonyms S1, S2)",
        ),
        documents=[
            IdentityDocument("student card", held=True),
            IdentityDocument(
                "national registration card", held=False, description="Confiscated at arrest"
            ),
        ],
        consents=[
            Consent("unhcr", True, False, d("2026-03-05"), CASEWORKERS[1], INTERPRETERS[0]),
        ],
        notes=[
            Note(
                "Scars on back and wrists noted; medical referral made.",
                d("2026-03-05"),
                CASEWORKERS[1],
            ),
        ],
        coi_refs=[aapp_reference()],
    )


def chin_grandmother() -> Case:
    """Build an elderly Chin Christian woman whose village was bombed, with a grandson."""
    return Case(
        status=CaseStatus.REGISTERED,
        registered_on=d("2026-03-11"),
        caseworker=CASEWORKERS[2],
        applicant=Person(
            given_names="Sui Tin Par",
            name_original_script="ဆွီတင်ပါ",
            sex=Sex.FEMALE,
            date_of_birth=PartialDate(1955),
            nationality="MMR",
            ethnicity="Chin (Matu)",
            religion="Christian",
            languages=["hlt", "my"],
            occupation="Farmer",
            place_of_origin=PlaceOfOrigin(country="MMR", region="Chin State", township="Matupi"),
        ),
        vulnerabilities=[Vulnerability.ELDERLY, Vulnerability.MEDICAL, Vulnerability.CHILD],
        dependents=[
            Dependent(
                relationship="grandson",
                given_names="Van Lal Hming",
                sex=Sex.MALE,
                date_of_birth=d("2016"),
                nationality="MMR",
                languages=["hlt"],
            ),
        ],
        family_left_behind=[
            FamilyMember(
                relationship="son",
                name="Pa Thang",
                age=45,
                location=FamilyLocation(
                    country="MMR", region="Chin State", granularity=LocationGranularity.REGION
                ),
                situation=FamilySituation.IN_HIDING,
                notes="Hiding in the forest near the village.",
            ),
            FamilyMember(
                relationship="daughter-in-law",
                situation=FamilySituation.DECEASED,
                location=FamilyLocation(country="MMR"),
                notes="Killed in the air strike.",
            ),
        ],
        flight=Flight(
            reasons=[
                Reason(ReasonCategory.ETHNICITY, "Chin villages targeted as resistance areas."),
                Reason(ReasonCategory.RELIGION, "The village church was bombed."),
                Reason(ReasonCategory.GENERALISED_VIOLENCE, "Air strikes on the village."),
            ],
            statement=Statement(
                text=(
                    "ကျွန်မတို့ရွာကို လေကြောင်းမှ ဗုံးကြဲတိုက်ခိုက်ခဲ့ပါသည်။ "
                    "ဘုရားကျောင်းလည်း ပျက်စီးသွားပါသည်။ "
                    "မြေးနှင့်အတူ ထွက်ပြေးလာခဲ့ပါသည်။"
                ),
                language="my",
                translation=(
                    "Our village was bombed from the air. The church was destroyed too. "
                    "I fled with my grandson."
                ),
                interpreter=INTERPRETERS[1],
            ),
            events=[
                Event("Air strike on the village and church", d("2026-02")),
                Event("Walked to the Kaladan river with other families", d("2026-03")),
                Event("Crossed the river into Mizoram", d("2026-03-08"), "Lawngtlai district"),
            ],
            fears_on_return="Further air strikes; no one left to care for her grandson.",
        ),
        crossing=Crossing(
            date=d("2026-03-08"),
            crossing_point="River crossing on the Kaladan, Lawngtlai district",
            district="Lawngtlai",
            state="Mizoram",
            country="IND",
            travelled_with="Grandson and four neighbouring families",
            received_by="Village council",
            current_location="Relief camp, Lawngtlai district",
        ),
        documents=[
            IdentityDocument(
                "national registration card", held=False, description="Burned with the house"
            ),
        ],
        consents=[
            Consent("unhcr", True, True, d("2026-03-11"), CASEWORKERS[2], INTERPRETERS[1]),
            Consent("government", False, False, d("2026-03-11"), CASEWORKERS[2], INTERPRETERS[1]),
        ],
        notes=[
            Note(
                "Needs blood-pressure medication; grandson not in school.",
                d("2026-03-11"),
                CASEWORKERS[2],
            ),
        ],
    )
