"""Demo cases: police and army members who refused orders and asked not to be named."""

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
    Anonymity,
    Case,
    Consent,
    Crossing,
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


def anonymous_chin_officer() -> Case:
    """Build an anonymous Chin police lance corporal whose wife and children are in hiding."""
    return Case(
        status=CaseStatus.INTERVIEWED,
        registered_on=d("2025-03-18"),
        caseworker=CASEWORKERS[2],
        applicant=Person(
            given_names="Lian Za Thang",
            name_original_script="လျန်ဇသန်",
            aliases=["Thang"],
            sex=Sex.MALE,
            date_of_birth=PartialDate(1990),
            nationality="MMR",
            ethnicity="Chin (Zo)",
            religion="Christian (Baptist)",
            languages=["ctd", "my"],
            occupation="Police lance corporal",
            service=ServiceDetails(
                force="Myanmar Police Force", rank="Police Lance Corporal", unit="Riot squad"
            ),
            place_of_origin=PlaceOfOrigin(country="MMR", region="Chin State", township="Tedim"),
            anonymity=Anonymity(requested=True, pseudonym="Applicant K"),
        ),
        family_left_behind=[
            FamilyMember(
                relationship="wife",
                name="Cing Khawm Nuam",
                age=31,
                location=FamilyLocation(
                    country="MMR",
                    region="Chin State",
                    exact="With relatives in a farm hut outside Tedim",
                    granularity=LocationGranularity.EXACT,
                ),
                situation=FamilySituation.IN_HIDING,
                last_contact=d("2025-03-16"),
                notes="Exact place recorded at her request for counsel only; never export.",
            ),
            FamilyMember(
                relationship="son",
                name="Pau Sian",
                age=8,
                location=FamilyLocation(
                    country="MMR", region="Chin State", granularity=LocationGranularity.REGION
                ),
                situation=FamilySituation.IN_HIDING,
            ),
            FamilyMember(
                relationship="daughter",
                name="Niang Lam",
                date_of_birth=d("2021-11"),
                location=FamilyLocation(country="MMR", region="Chin State"),
                situation=FamilySituation.IN_HIDING,
            ),
        ],
        flight=Flight(
            reasons=[
                Reason(
                    ReasonCategory.REFUSED_UNLAWFUL_ORDER,
                    "Refused to arrest and beat protesters during night raids.",
                ),
                Reason(
                    ReasonCategory.ETHNICITY,
                    "Chin officers are suspected of siding with local resistance.",
                ),
            ],
            statement=Statement(
                text=(
                    "ညအချိန် ဆန္ဒပြသူများကို ဖမ်းဆီးရန်နှင့် ရိုက်နှက်ရန် အမိန့်ပေးခဲ့ပါသည်။ "
                    "ကျွန်တော် မလိုက်နာခဲ့ပါ။ "
                    "ကျွန်တော့်ဇနီးနှင့် ကလေးနှစ်ယောက်သည် ယခု ပုန်းအောင်းနေရပါသည်။"
                ),
                language="my",
                translation=(
                    "We were ordered to arrest and beat protesters at night. I did not obey. "
                    "My wife and our two children are now in hiding."
                ),
                interpreter=INTERPRETERS[1],
            ),
            events=[
                Event("Night raids on protest organisers' homes begin", d("2025-02-20"), "Tedim"),
                Event("Refused to join a night raid", d("2025-02-26"), "Tedim"),
                Event("Left the station at night", d("2025-03-01"), "Tedim"),
                Event("Crossed into Mizoram on foot", d("2025-03-12")),
            ],
            fears_on_return="Court-martial-style punishment, torture, reprisals on his family.",
        ),
        crossing=Crossing(
            date=d("2025-03-12"),
            crossing_point="Forest footpath to the Tiau river, north of Zokhawthar",
            district="Champhai",
            state="Mizoram",
            country="IND",
            travelled_with="Alone",
            received_by="Young Mizo Association volunteers",
            current_location="Private house, Champhai district (address with caseworker)",
        ),
        documents=[
            IdentityDocument("police ID card", held=True, description="Photo page water-damaged"),
            IdentityDocument(
                "national registration card",
                held=False,
                description="Taken by his commanding officer with his leave pass",
            ),
        ],
        consents=[
            Consent("unhcr", False, False, d("2025-03-18"), CASEWORKERS[2], INTERPRETERS[1]),
            Consent("counsel", True, True, d("2025-03-18"), CASEWORKERS[2], INTERPRETERS[1]),
        ],
        notes=[
            Note(
                "Asked that no photograph be taken. Pseudonym chosen by the applicant.",
                d("2025-03-18"),
                CASEWORKERS[2],
            ),
        ],
        coi_refs=[aapp_reference()],
        service_record=ServiceRecord(
            force="Myanmar Police Force",
            unit="Riot squad",
            station="Tedim township police station",
            rank="Police Lance Corporal",
            service_number="LC-0-22904",
            joined_on=d("2012"),
            left_on=d("2025-03-01"),
            duties="Station guard, patrols; riot squad from February 2025.",
            protest_deployments="Night raids and day patrols, 20 February – 28 February 2025.",
            orders=[
                Order(
                    "Arrest the organisers on the list and 'teach them a lesson'",
                    d("2025-02-26"),
                    "Police Captain",
                ),
            ],
            refusal=Refusal(
                what="Did not join the raid and did not hand over the list.",
                date=d("2025-02-26"),
                how="Reported sick, then stayed away from the night muster.",
                witnesses="The duty sergeant (name withheld).",
            ),
            separation="Deserted; sent a message to his section that he would not return.",
            consequences="Officers searched his family house; his wife then went into hiding.",
            conduct_statement=(
                "Took part in crowd control without force before February 2025; never "
                "beat or harmed anyone; was not present at any interrogation."
            ),
            colleagues_who_fled=["Colleague K2"],
            crossing_helpers=["Helper 'Uncle'"],
        ),
    )


def anonymous_soldier() -> Case:
    """Build an anonymous soldier who refused to fire on villagers and deserted."""
    return Case(
        status=CaseStatus.REGISTERED,
        registered_on=d("2026-02-27"),
        caseworker=CASEWORKERS[1],
        applicant=Person(
            given_names="Ye Lin Naing",
            name_original_script="ရဲလင်းနိုင်",
            sex=Sex.MALE,
            date_of_birth=PartialDate(2001),
            nationality="MMR",
            ethnicity="Bamar",
            religion="Buddhist",
            languages=["my"],
            occupation="Soldier (private)",
            service=ServiceDetails(
                force="Myanmar Army", rank="Private", unit="Light Infantry Battalion 901"
            ),
            place_of_origin=PlaceOfOrigin(
                country="MMR", region="Magway Region", township="Pakokku"
            ),
            anonymity=Anonymity(requested=True, pseudonym="Applicant S"),
        ),
        vulnerabilities=[Vulnerability.MEDICAL],
        family_left_behind=[
            FamilyMember(
                relationship="father",
                name="U Tun Naing",
                age=58,
                location=FamilyLocation(
                    country="MMR", region="Magway Region", granularity=LocationGranularity.REGION
                ),
                situation=FamilySituation.DETAINED,
                last_contact=d("2026-02"),
                notes="Taken by soldiers; relatives were told he would be released if his "
                "son surrenders (hostage-taking).",
            ),
            FamilyMember(
                relationship="mother",
                name="Daw San San Myint",
                age=55,
                location=FamilyLocation(country="MMR"),
                situation=FamilySituation.THREATENED,
            ),
        ],
        flight=Flight(
            reasons=[
                Reason(
                    ReasonCategory.REFUSED_UNLAWFUL_ORDER,
                    "Refused to fire on villagers and to set houses on fire.",
                ),
                Reason(
                    ReasonCategory.FORCED_RECRUITMENT,
                    "Recruited at 17 under pressure on his family.",
                ),
            ],
            statement=Statement(
                text=(
                    "ကျေးရွာကို မီးရှို့ရန်နှင့် ရွာသားများကို ပစ်ခတ်ရန် အမိန့်ပေးခဲ့ပါသည်။ "
                    "ကျွန်တော် မလုပ်ခဲ့ပါ။ တပ်မှ ထွက်ပြေးခဲ့ပါသည်။ "
                    "ပြန်သွားလျှင် ကျွန်တော့်ကို သတ်ပစ်မည်ဟု ကြောက်ပါသည်။"
                ),
                language="my",
                translation=(
                    "We were ordered to burn the village and shoot villagers. I did not do "
                    "it. I ran away from the army. I am afraid that if I go back I will be "
                    "killed."
                ),
                interpreter=INTERPRETERS[0],
            ),
            events=[
                Event(
                    "Column ordered to clear a village suspected of hiding resistance fighters",
                    d("2026-02-10"),
                ),
                Event("Refused to fire; hid in a paddy field", d("2026-02-11")),
                Event("Walked north-west for nine days", d("2026-02-12")),
                Event("Crossed into Manipur", d("2026-02-21"), "Tengnoupal district"),
            ],
            fears_on_return="Execution or long imprisonment for desertion.",
        ),
        crossing=Crossing(
            date=d("2026-02-21"),
            crossing_point="Hill path near the border road, Tengnoupal district",
            district="Tengnoupal",
            state="Manipur",
            country="IND",
            route="Through Sagaing Region forests to Tamu township, then on foot",
            travelled_with="Alone",
            current_location="Staying with a church family, Tengnoupal district",
        ),
        documents=[
            IdentityDocument("military ID card", held=False, description="Thrown away in flight"),
            IdentityDocument(
                "national registration card", held=False, description="Kept by the battalion"
            ),
        ],
        consents=[
            Consent("counsel", True, False, d("2026-02-27"), CASEWORKERS[1], INTERPRETERS[0]),
        ],
        notes=[
            Note(
                "Foot wounds from the walk; referred to the clinic.",
                d("2026-02-27"),
                CASEWORKERS[1],
            ),
            Note(
                "Conduct statement needs a second, careful interview (exclusion questions).",
                d("2026-02-28"),
                CASEWORKERS[1],
            ),
        ],
        service_record=ServiceRecord(
            force="Myanmar Army",
            unit="Light Infantry Battalion 901, No. 2 Company",
            station="Battalion headquarters (location withheld)",
            rank="Private",
            service_number="A-0091204",
            joined_on=d("2018-09"),
            left_on=d("2026-02-11"),
            duties="Infantry, sentry, porter escort.",
            orders=[
                Order("Burn the houses and shoot anyone who runs", d("2026-02-11"), "Captain"),
            ],
            refusal=Refusal(
                what="Did not fire and did not burn houses.",
                date=d("2026-02-11"),
                how="Fell back from the column and hid until nightfall.",
                witnesses="None he can name safely.",
            ),
            separation="Deserted.",
            consequences="Soldiers took his father from the family home.",
            conduct_statement=(
                "Was present at two village operations in 2025 as a sentry outside the "
                "village; says he never fired at people. To be explored in a second interview."
            ),
            colleagues_who_fled=[],
            crossing_helpers=["Villager 'Grandmother'"],
        ),
    )


def anonymous_kachin_officer() -> Case:
    """Build an anonymous Kachin police corporal who refused to beat detainees."""
    return Case(
        status=CaseStatus.SUBMITTED,
        registered_on=d("2025-04-03"),
        caseworker=CASEWORKERS[1],
        applicant=Person(
            given_names="Brang Awng",
            family_name="Lahpai",
            name_original_script="လဖိုင်ဘရန်အောင်",
            sex=Sex.MALE,
            date_of_birth=d("1986"),
            nationality="MMR",
            ethnicity="Kachin (Jinghpaw)",
            religion="Christian (Baptist)",
            languages=["kac", "my"],
            occupation="Police corporal",
            service=ServiceDetails(force="Myanmar Police Force", rank="Police Corporal"),
            place_of_origin=PlaceOfOrigin(
                country="MMR", region="Kachin State", township="Myitkyina"
            ),
            anonymity=Anonymity(requested=True, pseudonym="Applicant M"),
        ),
        vulnerabilities=[Vulnerability.TORTURE_SURVIVOR],
        family_left_behind=[
            FamilyMember(
                relationship="wife",
                name="Nang Seng Lu",
                age=36,
                location=FamilyLocation(
                    country="MMR", region="Kachin State", granularity=LocationGranularity.REGION
                ),
                situation=FamilySituation.THREATENED,
                last_contact=d("2025-03-30"),
                notes="Questioned twice by special branch about her husband.",
            ),
            FamilyMember(
                relationship="father",
                name="Lahpai Gam",
                situation=FamilySituation.DECEASED,
                location=FamilyLocation(country="MMR"),
                notes="Died in 2019; not related to the claim.",
            ),
        ],
        flight=Flight(
            reasons=[
                Reason(
                    ReasonCategory.REFUSED_UNLAWFUL_ORDER,
                    "Refused to beat detainees during interrogation.",
                ),
                Reason(ReasonCategory.RELIGION, "Kachin Christians singled out at the station."),
                Reason(ReasonCategory.ETHNICITY, "Accused of links to Kachin armed groups."),
            ],
            statement=Statement(
                text=(
                    "အကျဉ်းသားများကို စစ်ဆေးမေးမြန်းစဉ် ရိုက်နှက်ရန် အမိန့်ပေးခဲ့ပါသည်။ "
                    "ကျွန်တော် ငြင်းဆန်ခဲ့ပါသည်။ "
                    "ထို့ကြောင့် ကျွန်တော့်ကို ချုပ်နှောင်ပြီး ရိုက်နှက်ခဲ့ပါသည်။"
                ),
                language="my",
                translation=(
                    "I was ordered to beat detainees during interrogation. I refused. "
                    "Because of that I was locked up and beaten."
                ),
                interpreter=INTERPRETERS[0],
            ),
            events=[
                Event(
                    "Assigned to guard detainees at the interrogation centre",
                    d("2025-02-15"),
                    "Myitkyina",
                ),
                Event("Refused to beat a detainee", d("2025-02-19")),
                Event("Held in the station lock-up for five days and beaten", d("2025-02-20")),
                Event("Released on a warning; fled the same week", d("2025-02-25")),
                Event("Crossed into Manipur", d("2025-03-20"), "Tengnoupal district"),
            ],
            fears_on_return="Detention and torture as a deserter and suspected informer.",
        ),
        crossing=Crossing(
            date=d("2025-03-20"),
            crossing_point="Near the Moreh border market (on foot, at night)",
            district="Tengnoupal",
            state="Manipur",
            country="IND",
            route="Myitkyina – Homalin – Tamu by river boat and road",
            travelled_with="One colleague (pseudonym Colleague M2)",
            current_location="Imphal (address with caseworker)",
        ),
        documents=[
            IdentityDocument("police ID card", held=True, description="Original"),
            IdentityDocument("national registration card", held=False, description="Lost"),
            IdentityDocument(
                "medical report", held=True, description="Clinic note on healed injuries, Imphal"
            ),
        ],
        consents=[
            Consent("government", False, False, d("2025-04-03"), CASEWORKERS[1], INTERPRETERS[0]),
            Consent("unhcr", True, False, d("2025-04-03"), CASEWORKERS[1], INTERPRETERS[0]),
            Consent("counsel", True, True, d("2025-04-03"), CASEWORKERS[1], INTERPRETERS[0]),
        ],
        notes=[
            Note(
                "Submitted to UNHCR with identity disclosed, family withheld.",
                d("2025-05-06"),
                CASEWORKERS[1],
            ),
        ],
        coi_refs=[aapp_reference()],
        service_record=ServiceRecord(
            force="Myanmar Police Force",
            unit="Special branch detention guard",
            station="Myitkyina interrogation centre",
            rank="Police Corporal",
            service_number="CPL-0-50621",
            joined_on=d("2008"),
            left_on=d("2025-02-25"),
            duties="Detention guard, escort.",
            orders=[
                Order(
                    "Beat the detainee until he names the protest organisers",
                    d("2025-02-19"),
                    "Police Captain (special branch)",
                ),
            ],
            refusal=Refusal(
                what="Refused to beat the detainee.",
                date=d("2025-02-19"),
                how="Put down the baton and stepped out of the room.",
                witnesses="Another guard (pseudonym Colleague M2), the detainee.",
            ),
            separation="Fled after release from the lock-up; did not report back.",
            consequences="Held and beaten for five days; wife questioned twice.",
            conduct_statement=(
                "Witnessed beatings of detainees by special branch officers in February "
                "2025; did not take part; refused when ordered."
            ),
            colleagues_who_fled=["Colleague M2"],
            crossing_helpers=["Boat owner 'Chindwin'"],
        ),
    )
