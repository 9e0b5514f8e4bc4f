"""Demo cases: police officers who refused orders and give their names (one with family)."""

from __future__ import annotations

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
    Order,
    Person,
    PlaceOfOrigin,
    Reason,
    Refusal,
    ServiceDetails,
    ServiceRecord,
    Statement,
)
from asylum_desk.services.demo_cases.common import CASEWORKERS, INTERPRETERS, aapp_reference, d


def police_constable() -> Case:
    """Build a named police constable who refused to shoot protesters and joined the CDM."""
    return Case(
        status=CaseStatus.STATEMENT_DRAFTED,
        registered_on=d("2025-03-14"),
        caseworker=CASEWORKERS[0],
        applicant=Person(
            given_names="Min Thet Paing",
            name_original_script="မင်းသက်ပိုင်",
            aliases=["Ko Thet Paing", "Min Thet Paing Oo (as spelled on police ID)"],
            sex=Sex.MALE,
            date_of_birth=d("1998-07"),
            nationality="MMR",
            ethnicity="Bamar",
            religion="Buddhist",
            languages=["my", "en"],
            occupation="Police constable",
            service=ServiceDetails(
                force="Myanmar Police Force",
                rank="Police Constable",
                unit="Township security company",
                service_number="PC-0-41827",
            ),
            place_of_origin=PlaceOfOrigin(
                country="MMR", region="Sagaing Region", township="Kalay", village="Nat Chaung"
            ),
            contact="Via caseworker only (shared phone at the shelter)",
        ),
        vulnerabilities=[],
        family_left_behind=[
            FamilyMember(
                relationship="mother",
                name="Daw Khin Than Nu",
                age=54,
                location=FamilyLocation(
                    country="MMR",
                    region="Sagaing Region",
                    exact="Nat Chaung ward, Kalay",
                    granularity=LocationGranularity.REGION,
                ),
                situation=FamilySituation.THREATENED,
                last_contact=d("2025-03-20"),
                notes="Police came to the house twice and asked where her son is.",
            ),
            FamilyMember(
                relationship="younger brother",
                name="Maung Thet Naing",
                age=19,
                location=FamilyLocation(country="MMR"),
                situation=FamilySituation.DETAINED,
                last_contact=d("2025-03"),
                notes="Taken to the township police station on 18 March; no charge known.",
            ),
        ],
        flight=Flight(
            reasons=[
                Reason(
                    ReasonCategory.REFUSED_UNLAWFUL_ORDER,
                    "Refused an order to fire live rounds at unarmed protesters.",
                ),
                Reason(ReasonCategory.CIVIL_DISOBEDIENCE, "Joined the civil disobedience movement"),
                Reason(
                    ReasonCategory.POLITICAL_OPINION,
                    "Refusal and desertion are treated as opposition to the military.",
                ),
            ],
            statement=Statement(
                text=(
                    "၂၀၂၅ ခုနှစ် မတ်လ ၃ ရက်နေ့တွင် ဆန္ဒပြသူများကို ပစ်ခတ်ရန် အမိန့်ရခဲ့ပါသည်။ "
                    "ကျွန်တော် ငြင်းဆန်ခဲ့ပါသည်။ ပြည်သူတွေကို ကျွန်တော် မပစ်နိုင်ပါ။ "
                    "ထို့နောက် အာဏာဖီဆန်ရေးလှုပ်ရှားမှုတွင် ပါဝင်ခဲ့ပြီး "
                    "အိန္ဒိယနိုင်ငံသို့ ထွက်ပြေးလာခဲ့ပါသည်။ "
                    "ကျွန်တော့်မိသားစုအတွက် အလွန်စိုးရိမ်ပါသည်။"
                ),
                language="my",
                translation=(
                    "On 3 March 2025 I received an order to shoot at protesters. I refused. "
                    "I cannot shoot the people. After that I joined the civil disobedience "
                    "movement and fled to India. I am very worried for my family."
                ),
                interpreter=INTERPRETERS[0],
            ),
            events=[
                Event(
                    "Deployed with his company to guard the township market road",
                    d("2025-02-08"),
                    "Kalay",
                ),
                Event(
                    "Ordered to load live ammunition and fire on protesters",
                    d("2025-03-03"),
                    "Kalay",
                ),
                Event(
                    "Left his post and joined the civil disobedience movement",
                    d("2025-03-04"),
                    "Kalay",
                ),
                Event("Hid with relatives of a colleague", d("2025-03-05"), "Tahan"),
                Event("Crossed the Tiau river into Mizoram", d("2025-03-09"), "Zokhawthar"),
            ],
            fears_on_return=(
                "Arrest, prosecution for desertion, torture in interrogation; his family "
                "being pressed to make him surrender."
            ),
        ),
        crossing=Crossing(
            date=d("2025-03-09"),
            crossing_point="River crossing near Zokhawthar",
            district="Champhai",
            state="Mizoram",
            country="IND",
            route="Kalay – Tahan – Tedim road – on foot to the Tiau river",
            travelled_with="Two colleagues (see service record, pseudonyms only)",
            received_by="Village council volunteers",
            current_location="Church hall shelter, Champhai",
        ),
        documents=[
            IdentityDocument(
                "police ID card", "PC-0-41827", held=True, description="Original, laminated"
            ),
            IdentityDocument(
                "national registration card",
                "5/KaLaNa(N)000417",
                held=False,
                description="Left at the barracks when he fled",
            ),
        ],
        consents=[
            Consent("unhcr", True, False, d("2025-03-14"), CASEWORKERS[0], INTERPRETERS[0]),
            Consent("counsel", True, True, d("2025-03-14"), CASEWORKERS[0], INTERPRETERS[0]),
            Consent("government", False, False, d("2025-03-14"), CASEWORKERS[0], INTERPRETERS[0]),
        ],
        notes=[
            Note(
                "Consistent account across two interviews; police ID card seen.",
                d("2025-03-21"),
                CASEWORKERS[0],
            ),
        ],
        coi_refs=[aapp_reference()],
        service_record=ServiceRecord(
            force="Myanmar Police Force",
            unit="Township security company",
            station="Kalay township police station",
            rank="Police Constable",
            service_number="PC-0-41827",
            joined_on=d("2019-06"),
            left_on=d("2025-03-04"),
            duties="Guard duty, traffic control, escort of court detainees.",
            protest_deployments="Deployed to the market road protests, 8 February – 3 March 2025.",
            orders=[
                Order("Disperse the protest 'by any means'", d("2025-02-28"), "Police Major"),
                Order(
                    "Load live ammunition and fire at protesters who do not disperse",
                    d("2025-03-03"),
                    "Police Lieutenant Colonel (attached army officer present)",
                ),
            ],
            refusal=Refusal(
                what="Refused to load live rounds and to fire.",
                date=d("2025-03-03"),
                how="Lowered his rifle, told the sergeant he would not shoot, left the line.",
                witnesses="Two constables of his section (pseudonyms Colleague A, Colleague B).",
            ),
            separation="Joined the civil disobedience movement on 4 March 2025.",
            consequences=(
                "A colleague reports a case opened for desertion; police visited his mother "
                "twice; his younger brother was detained."
            ),
            conduct_statement=(
                "Never used force against civilians or detainees; did not take part in "
                "beatings; witnessed one beating of an arrested student on 1 March and "
                "reported it to no one out of fear."
            ),
            colleagues_who_fled=["Colleague A", "Colleague B"],
            crossing_helpers=["Helper 'Pu T'", "Boatman 'River'"],
        ),
    )


def family_police_sergeant() -> Case:
    """Build a named police sergeant who fled with her husband and small daughter."""
    return Case(
        status=CaseStatus.PACKET_READY,
        registered_on=d("2025-03-25"),
        caseworker=CASEWORKERS[0],
        applicant=Person(
            given_names="Thiri Hnin Wai",
            name_original_script="သီရိနှင်းဝေ",
            aliases=["Ma Thiri"],
            sex=Sex.FEMALE,
            date_of_birth=d("1992-01-23"),
            nationality="MMR",
            ethnicity="Bamar",
            religion="Buddhist",
            languages=["my", "en"],
            occupation="Police sergeant",
            service=ServiceDetails(
                force="Myanmar Police Force",
                rank="Police Sergeant",
                unit="Women police section",
                service_number="SGT-0-77310",
            ),
            place_of_origin=PlaceOfOrigin(
                country="MMR", region="Mandalay Region", township="Chanayethazan"
            ),
        ),
        vulnerabilities=[Vulnerability.CHILD],
        dependents=[
            Dependent(
                relationship="husband",
                given_names="Aung Kyaw Moe",
                name_original_script="အောင်ကျော်မိုး",
                sex=Sex.MALE,
                date_of_birth=d("1989"),
                nationality="MMR",
                languages=["my"],
                occupation="Mechanic",
            ),
            Dependent(
                relationship="daughter",
                given_names="Su Myat Noe",
                name_original_script="ဆုမြတ်နိုး",
                sex=Sex.FEMALE,
                date_of_birth=d("2020-06"),
                nationality="MMR",
                languages=["my"],
            ),
        ],
        family_left_behind=[
            FamilyMember(
                relationship="mother",
                name="Daw Hla Hla Wai",
                age=61,
                location=FamilyLocation(
                    country="MMR",
                    region="Mandalay Region",
                    exact="A monastery compound outside Mandalay",
                    granularity=LocationGranularity.COUNTRY,
                ),
                situation=FamilySituation.IN_HIDING,
                last_contact=d("2025-03-22"),
                safe_to_contact=False,
            ),
            FamilyMember(
                relationship="brother",
                name="Ko Zaw Wai",
                age=35,
                location=FamilyLocation(country="MMR"),
                situation=FamilySituation.UNKNOWN,
                notes="No news since March.",
            ),
        ],
        flight=Flight(
            reasons=[
                Reason(
                    ReasonCategory.REFUSED_UNLAWFUL_ORDER,
                    "Refused to arrest and search female students at a protest.",
                ),
                Reason(
                    ReasonCategory.CIVIL_DISOBEDIENCE,
                    "Joined the civil disobedience movement with her section.",
                ),
            ],
            statement=Statement(
                text=(
                    "ဆန္ဒပြနေသော ကျောင်းသူများကို ဖမ်းဆီးရန် အမိန့်ရခဲ့ပါသည်။ "
                    "ကျွန်မ ငြင်းဆန်ခဲ့ပါသည်။ "
                    "ကျွန်မ၏ ခင်ပွန်းနှင့် သမီးနှင့်အတူ ထွက်ပြေးလာခဲ့ပါသည်။"
                ),
                language="my",
                translation=(
                    "I was ordered to arrest female students who were protesting. I refused. "
                    "I fled together with my husband and our daughter."
                ),
                interpreter=INTERPRETERS[0],
            ),
            events=[
                Event(
                    "Women police section sent to a university protest",
                    d("2025-02-22"),
                    "Mandalay",
                ),
                Event("Refused to arrest students", d("2025-02-27"), "Mandalay"),
                Event("Joined the civil disobedience movement", d("2025-02-28"), "Mandalay"),
                Event("Travelled by bus and motorbike to Kalay with family", d("2025-03-10")),
                Event("Crossed into Mizoram", d("2025-03-17"), "Champhai district"),
            ],
            fears_on_return="Arrest under the charges opened against CDM police officers.",
        ),
        crossing=Crossing(
            date=d("2025-03-17"),
            crossing_point="River crossing near Zokhawthar",
            district="Champhai",
            state="Mizoram",
            country="IND",
            travelled_with="Husband and daughter",
            received_by="Church volunteers",
            current_location="Rented room, Aizawl",
        ),
        documents=[
            IdentityDocument("police ID card", "SGT-0-77310", held=True),
            IdentityDocument("national registration card", "9/MaHaNa(N)000233", held=True),
            IdentityDocument("household list", held=False, description="Left at her mother's"),
        ],
        consents=[
            Consent("government", True, False, d("2025-04-02"), CASEWORKERS[0], INTERPRETERS[0]),
            Consent("unhcr", True, True, d("2025-04-02"), CASEWORKERS[0], INTERPRETERS[0]),
            Consent("counsel", True, True, d("2025-04-02"), CASEWORKERS[0], INTERPRETERS[0]),
        ],
        notes=[
            Note(
                "Packet for UNHCR ready; family annex limited to country level.",
                d("2025-04-10"),
                CASEWORKERS[0],
            ),
        ],
        coi_refs=[aapp_reference()],
        service_record=ServiceRecord(
            force="Myanmar Police Force",
            unit="Women police section",
            station="District police office, Mandalay",
            rank="Police Sergeant",
            service_number="SGT-0-77310",
            joined_on=d("2013-04"),
            left_on=d("2025-02-28"),
            duties="Searches of female detainees, records, station duty.",
            protest_deployments="University protest, 22 – 27 February 2025.",
            orders=[
                Order(
                    "Arrest the female student leaders and search them",
                    d("2025-02-27"),
                    "Police Major",
                ),
            ],
            refusal=Refusal(
                what="Refused to make the arrests.",
                date=d("2025-02-27"),
                how="Told her commander in front of the section that she would not.",
                witnesses="Four women constables (pseudonyms W1–W4).",
            ),
            separation="Joined the civil disobedience movement on 28 February 2025.",
            consequences="Suspended, then a warrant reported by a former colleague.",
            conduct_statement=(
                "Searched female detainees in the course of duty before 2025; never used "
                "force or took part in ill-treatment."
            ),
            colleagues_who_fled=["W2"],
            crossing_helpers=["Driver 'Ko Moto'"],
        ),
    )
