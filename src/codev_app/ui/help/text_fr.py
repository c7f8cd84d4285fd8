"""La page de la méthode en français (la mise en page est dans :mod:`codev_app.ui.help.page`)."""

from __future__ import annotations

from codev_app.ui.help.page import MethodText, PhaseText

TEXT = MethodText(
    title="La méthode du codéveloppement",
    intro=(
        "Le codéveloppement professionnel a été formalisé par Adrien Payette et Claude "
        "Champagne. Un petit groupe stable de pairs — en général cinq à huit — se réunit "
        "régulièrement. À chaque séance, un membre, le client, apporte une situation réelle ; "
        "les autres, les consultants, l’aident à y voir clair et à agir. Personne dans le "
        "groupe n’est le supérieur d’un autre. L’animateur est garant du cadre, du "
        "déroulement et du temps."
    ),
    contents="Sur cette page",
    phases_title="La séance, phase par phase",
    phases_intro=(
        "Les durées sont celles d’une séance d’environ deux heures ; raccourcissez-les ou "
        "allongez-les selon le groupe. En visioconférence, prévoyez un quart à la moitié de "
        "temps en plus et une pause vers 45 minutes."
    ),
    who_label="Qui parle",
    rules_label="Règles",
    keeps_label="Ce que Codev garde",
    phases=(
        PhaseText(
            "opening",
            "Ouverture",
            "10 à 15 min",
            "Chacun, à tour de rôle.",
            "Une météo brève ; le cadre est rappelé ; le client précédent dit ce qu’il a fait "
            "de son plan.",
            "Les présences, la météo, le retour du client précédent.",
        ),
        PhaseText(
            "exposition",
            "Exposé",
            "5 à 15 min",
            "Le client seul.",
            "Personne ne l’interrompt. Le client termine par une question et un titre en une "
            "ligne.",
            "Le titre, l’accroche, la question.",
        ),
        PhaseText(
            "clarification",
            "Clarification",
            "10 à 15 min",
            "Les consultants questionnent, le client répond.",
            "Des questions d’information et de compréhension seulement : pas de conseil, pas "
            "de suggestion déguisée.",
            "Les faits clés (si vous le souhaitez).",
        ),
        PhaseText(
            "contract",
            "Contrat",
            "5 min",
            "Le client, puis les consultants confirment.",
            "Le client reformule sa demande précise et l’aide souhaitée : idées, expériences, "
            "ressources, retours, hypothèses.",
            "La demande et les types d’aide.",
        ),
        PhaseText(
            "consultation",
            "Consultation",
            "20 à 30 min",
            "Les consultants ; le client écoute et prend des notes.",
            "Impressions, hypothèses, suggestions, expériences vécues. Pas de débat entre "
            "consultants, pas de consensus recherché ; en tours de table ou librement.",
            "Chaque suggestion, son auteur, et si le client la retient.",
        ),
        PhaseText(
            "action_plan",
            "Plan d’action",
            "10 à 20 min",
            "Le client.",
            "Le client dit ce qu’il retient et ce qu’il va faire : étapes, ressources, échéances.",
            "Les étapes, chacune avec son échéance.",
        ),
        PhaseText(
            "learnings",
            "Apprentissages",
            "10 à 15 min",
            "Le client d’abord, puis chaque consultant.",
            "Ce que chacun a appris, pour lui-même. Un repère courant : les « 4 A » — "
            "appréciation, attentes, apprentissages, applications.",
            "Un apprentissage par personne.",
        ),
    ),
    roles_title="Les rôles",
    roles=(
        ("Client", "apporte la situation, pose la question, décide de ce qu’il retient."),
        (
            "Consultants",
            "questionnent, puis partagent ce qu’ils voient ; ils aident, sans décider.",
        ),
        (
            "Animateur",
            "garant du déroulement, du cadre et du temps ; conseille ou non. C’est vous : "
            "Codev tient le temps et les notes pour que vous teniez le groupe.",
        ),
        (
            "Secrétaire, gardien du temps",
            "rôles facultatifs, explicites dans certains formats (Tietze).",
        ),
    ),
    rules_title="Le cadre",
    rules=(
        "Confidentialité : ce qui se dit ici reste ici.",
        "Bienveillance et parole vraie.",
        "Engagement : venir, écouter, essayer.",
        "Le client reste maître de son problème et de sa décision.",
        "Une phase à la fois : les questions avant les conseils, les conseils avant le plan.",
    ),
    record_note=(
        "Codev ne prend de notes qu’avec l’accord du groupe (une séance peut ne garder que les "
        "temps), et les garde sur cet ordinateur. Ce que reçoivent les participants est choisi "
        "délibérément, et le client approuve ce qui sort."
    ),
    formats_title="Les formats fournis, et quand choisir lequel",
    formats_intro=(
        "Chacun est un modèle que vous pouvez copier et adapter dans Séance › Modèles. Les "
        "durées ci-dessous sont celles du modèle."
    ),
    when_label="Quand",
    when={
        "classic": (
            "Votre groupe se réunit environ deux heures : la référence, et le premier choix."
        ),
        "remote-codev": "La même séance en visioconférence, avec plus de temps et une pause.",
        "codev-express": "Vous n’avez qu’une heure, et le groupe connaît la méthode.",
        "codev-flash": "Une question précise, en 45 minutes, pour un groupe expérimenté.",
        "kollegiale-fallberatung": (
            "Des collègues qui veulent des rôles explicites et un déroulé court."
        ),
        "action-learning": (
            "Un membre avance sur un problème réel par des questions, pas des conseils."
        ),
        "coaching-session": (
            "En tête-à-tête, pour prendre du recul et repartir avec un premier pas."
        ),
        "peer-support-circle": (
            "Des pairs qui traversent une même épreuve ; temps égal, pas de notes."
        ),
        "cycle-review": "La dernière rencontre d’un cycle : faire le bilan et décider de la suite.",
    },
    phases_word="phases",
    codev_title="Animer avec Codev",
    codev=(
        "Espace met en pause et reprend ; Page suivante passe à la phase suivante ; Ctrl+Z "
        "annule la dernière action, changement de phase compris.",
        "+ et − ajoutent ou retirent une minute ; B insère une pause.",
        "1 à 9 donnent la parole à un participant ; N la passe au suivant.",
        "C ouvre la fenêtre compacte à côté de l’appel ; S ouvre une fenêtre à partager.",
        "F1 liste toutes les touches ; Maj+F1 ouvre cette page.",
    ),
)
