<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>ActionPlanEditor</name>
    <message>
        <source>What will you do?</source>
        <translation>Quelle action&#xa0;?</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>By when?</source>
        <translation>Pour quand&#xa0;?</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>Pour quand</translation>
    </message>
    <message>
        <source>How will you know it worked?</source>
        <translation>À quoi verra-t-on que ça a marché&#xa0;?</translation>
    </message>
    <message>
        <source>How the client will know it worked</source>
        <translation>À quoi le client verra que ça a marché</translation>
    </message>
    <message>
        <source>Remove this step</source>
        <translation>Retirer cette étape</translation>
    </message>
    <message>
        <source>Remove this step (Alt+Delete)</source>
        <translation>Retirer cette étape (Alt+Suppr)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Worked if</source>
        <translation>Réussi si</translation>
    </message>
    <message>
        <source>No step yet.</source>
        <translation>Pas encore d’étape.</translation>
    </message>
    <message>
        <source>Add a step</source>
        <translation>Ajouter une étape</translation>
    </message>
    <message>
        <source>Step removed.</source>
        <translation>Étape retirée.</translation>
    </message>
</context>
<context>
    <name>CharterStep</name>
    <message>
        <source>The charter of %1</source>
        <translation>La charte de %1</translation>
    </message>
    <message>
        <source>The method&apos;s charter, to adapt with the group</source>
        <translation>La charte de la méthode, à adapter avec le groupe</translation>
    </message>
</context>
<context>
    <name>CheatSheet</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Single keys type text while you are in a text field; Esc gives them back to the session. Alt and an underlined letter opens a menu.</source>
        <translation>Dans un champ de texte, les touches simples écrivent&#x202f;; Échap les rend à la séance. Alt et une lettre soulignée ouvrent un menu.</translation>
    </message>
</context>
<context>
    <name>Cofacilitation</name>
    <message>
        <source>Share with a co-facilitator</source>
        <translation>Partager avec un co-animateur</translation>
    </message>
    <message>
        <source>Your co-facilitator joins this session from their own Codev, on the same network: paste them the code in the call&apos;s private chat. Both of you can then act; your private notes stay on your computer.</source>
        <translation>Votre co-animateur rejoint cette séance depuis son propre Codev, sur le même réseau&#xa0;: collez-lui le code dans la discussion privée de l’appel. Vous pourrez alors agir tous les deux&#xa0;; vos notes privées restent sur votre ordinateur.</translation>
    </message>
    <message>
        <source>Share on this address:</source>
        <translation>Partager sur cette adresse&#xa0;:</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>Votre nom&#xa0;:</translation>
    </message>
    <message>
        <source>Start sharing</source>
        <translation>Commencer le partage</translation>
    </message>
    <message>
        <source>Join code</source>
        <translation>Code pour rejoindre</translation>
    </message>
    <message>
        <source>Copy the code</source>
        <translation>Copier le code</translation>
    </message>
    <message>
        <source>Join code as a QR code</source>
        <translation>Code pour rejoindre, en QR code</translation>
    </message>
    <message>
        <source>End the sharing</source>
        <translation>Arrêter le partage</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Opening the session to your co-facilitator…</source>
        <translation>Ouverture de la séance à votre co-animateur…</translation>
    </message>
    <message>
        <source>Copied: paste it in the call&apos;s private chat.</source>
        <translation>Copié&#xa0;: collez-le dans la discussion privée de l’appel.</translation>
    </message>
    <message>
        <source>Join a session</source>
        <translation>Rejoindre une séance</translation>
    </message>
    <message>
        <source>Paste the code your co-facilitator sent you. The session opens here as it runs there, and is saved on this computer too.</source>
        <translation>Collez le code que votre co-animateur vous a envoyé. La séance s’ouvre ici telle qu’elle se déroule chez lui, et elle est aussi enregistrée sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Join code:</source>
        <translation>Code pour rejoindre&#xa0;:</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Rejoindre</translation>
    </message>
    <message>
        <source>Joining…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Co-facilitator</source>
        <translation>Co-animateur</translation>
    </message>
    <message>
        <source>%1 is not there for now: you go on alone, and Codev joins again as soon as the sharing is back.</source>
        <translation>%1 n’est pas là pour l’instant&#xa0;: vous continuez seul, et Codev rejoint le partage dès qu’il revient.</translation>
    </message>
    <message>
        <source>Codev cannot share this session again at %1: this computer no longer has that address, or another program took its port. The session goes on here. For a new code, choose Share with a co-facilitator… and send it again.</source>
        <translation>Codev ne peut plus partager cette séance à l’adresse %1&#xa0;: cet ordinateur n’a plus cette adresse, ou un autre programme a pris son port. La séance continue ici. Pour un nouveau code, choisissez Partager avec un co-animateur… et envoyez-le à nouveau.</translation>
    </message>
    <message>
        <source>Shared again with the same code: your co-facilitator reconnects by themselves.</source>
        <translation>Partagée à nouveau avec le même code&#xa0;: votre co-animateur se reconnecte tout seul.</translation>
    </message>
    <message>
        <source>Sharing ended: this session is yours alone again.</source>
        <translation>Partage terminé&#xa0;: cette séance n’est plus qu’à vous.</translation>
    </message>
    <message>
        <source>The computer at this address is not the one that shared this code (its certificate does not match), so nothing was sent to it. Ask your co-facilitator for a new code.</source>
        <translation>L’ordinateur à cette adresse n’est pas celui qui a partagé ce code (son certificat ne correspond pas)&#xa0;: rien ne lui a été envoyé. Demandez un nouveau code à votre co-animateur.</translation>
    </message>
    <message>
        <source>This sharing has ended: its code cannot be used again. Ask your co-facilitator for a new code.</source>
        <translation>Ce partage est terminé&#xa0;: son code ne peut plus servir. Demandez un nouveau code à votre co-animateur.</translation>
    </message>
    <message>
        <source>Nobody shares a session at this code&apos;s address now: the sharing has ended, or has not started yet. Ask your co-facilitator for a new code.</source>
        <translation>Personne ne partage de séance à l’adresse de ce code en ce moment&#xa0;: le partage est terminé, ou n’a pas encore commencé. Demandez un nouveau code à votre co-animateur.</translation>
    </message>
    <message>
        <source>The code was refused: it does not match the shared session. Copy the whole code again, or ask your co-facilitator for a new one.</source>
        <translation>Le code a été refusé&#xa0;: il ne correspond pas à la séance partagée. Copiez de nouveau le code en entier, ou demandez-en un nouveau à votre co-animateur.</translation>
    </message>
    <message>
        <source>Connection lost: you go on alone, and catch up as soon as it is back.</source>
        <translation>Connexion perdue&#xa0;: vous continuez seul, et tout se rattrape dès son retour.</translation>
    </message>
    <message>
        <source>Shared: waiting for your co-facilitator to join.</source>
        <translation>Partagée&#xa0;: en attente de votre co-animateur.</translation>
    </message>
    <message>
        <source>Connected: your co-facilitator is away for now.</source>
        <translation>Connecté&#xa0;: votre co-animateur est absent pour l’instant.</translation>
    </message>
    <message>
        <source>Shared with %1.</source>
        <translation>Partagée avec %1.</translation>
    </message>
    <message>
        <source>%1 ended the sharing. You keep your copy of the session.</source>
        <translation>%1 a arrêté le partage. Vous gardez votre copie de la séance.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Open or start a session first, then share it.</source>
        <translation>Ouvrez ou commencez d’abord une séance, puis partagez-la.</translation>
    </message>
    <message>
        <source>Codev cannot listen on this address; choose another.</source>
        <translation>Codev ne peut pas écouter sur cette adresse&#xa0;; choisissez-en une autre.</translation>
    </message>
    <message>
        <source>A session is open. End it and close it before joining another one.</source>
        <translation>Une séance est ouverte. Terminez-la et fermez-la avant d’en rejoindre une autre.</translation>
    </message>
    <message>
        <source>This is not a join code. Copy the whole code your co-facilitator sent.</source>
        <translation>Ce n’est pas un code pour rejoindre. Copiez tout le code envoyé par votre co-animateur.</translation>
    </message>
    <message>
        <source>No shared session answers at this address. Check you are on the same network.</source>
        <translation>Aucune séance partagée ne répond à cette adresse. Vérifiez que vous êtes sur le même réseau.</translation>
    </message>
    <message>
        <source>This shared session cannot be followed by this Codev.</source>
        <translation>Cette version de Codev ne peut pas suivre cette séance partagée.</translation>
    </message>
</context>
<context>
    <name>CofacilitationEntry</name>
    <message>
        <source>Share with a co-facilitator…</source>
        <translation>Partager avec un co-animateur…</translation>
    </message>
    <message>
        <source>Join a session…</source>
        <translation>Rejoindre une séance…</translation>
    </message>
    <message>
        <source>Open or start a session first, then share it.</source>
        <translation>Ouvrez ou commencez d’abord une séance, puis partagez-la.</translation>
    </message>
</context>
<context>
    <name>CompactWindow</name>
    <message>
        <source>Codev – compact</source>
        <translation>Codev – vue réduite</translation>
    </message>
    <message>
        <source>Current phase</source>
        <translation>Phase en cours</translation>
    </message>
    <message>
        <source>Who speaks next</source>
        <translation>Qui parle ensuite</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Ensuite&#xa0;: %1</translation>
    </message>
    <message>
        <source>Full console</source>
        <translation>Console complète</translation>
    </message>
    <message>
        <source>Back to the full console</source>
        <translation>Revenir à la console complète</translation>
    </message>
</context>
<context>
    <name>ConsoleActions</name>
    <message>
        <source>&amp;Pause or resume</source>
        <translation>&amp;Pause ou reprise</translation>
    </message>
    <message>
        <source>Start the session, pause the timer, or resume it.</source>
        <translation>Démarrer la séance, mettre le minuteur en pause ou le relancer.</translation>
    </message>
    <message>
        <source>Ne&amp;xt phase</source>
        <translation>Phase &amp;suivante</translation>
    </message>
    <message>
        <source>Move on to the next phase.</source>
        <translation>Passer à la phase suivante.</translation>
    </message>
    <message>
        <source>P&amp;revious phase</source>
        <translation>Phase pré&amp;cédente</translation>
    </message>
    <message>
        <source>Go back to the previous phase; its timer goes on.</source>
        <translation>Revenir à la phase précédente&#x202f;; son minuteur reprend.</translation>
    </message>
    <message>
        <source>&amp;Add a minute</source>
        <translation>&amp;Ajouter une minute</translation>
    </message>
    <message>
        <source>Give the current phase one more minute.</source>
        <translation>Donner une minute de plus à la phase en cours.</translation>
    </message>
    <message>
        <source>Re&amp;move a minute</source>
        <translation>Retirer une m&amp;inute</translation>
    </message>
    <message>
        <source>Take one minute from the current phase.</source>
        <translation>Retirer une minute à la phase en cours.</translation>
    </message>
    <message>
        <source>Insert a &amp;break</source>
        <translation>Insérer une pa&amp;use</translation>
    </message>
    <message>
        <source>Add a 10-minute break after the current phase.</source>
        <translation>Ajouter une pause de 10 minutes après la phase en cours.</translation>
    </message>
    <message>
        <source>&amp;Keep the end time</source>
        <translation>&amp;Garder l’heure de fin</translation>
    </message>
    <message>
        <source>Shorten or lengthen the phases to come to end on time.</source>
        <translation>Raccourcir ou allonger les phases à venir pour finir à l’heure.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>Annu&amp;ler</translation>
    </message>
    <message>
        <source>Undo the last action (a phase change, a pause, a minute…).</source>
        <translation>Annuler la dernière action (changement de phase, pause, minute…).</translation>
    </message>
    <message>
        <source>Nex&amp;t speaker</source>
        <translation>Au sui&amp;vant</translation>
    </message>
    <message>
        <source>In a round, the next person speaks (the first press starts the round). With raised hands, the first hand gets the floor.</source>
        <translation>En tour de table, la personne suivante prend la parole (le premier appui lance le tour). Avec les mains levées, la première main levée a la parole.</translation>
    </message>
    <message>
        <source>Pass t&amp;his turn</source>
        <translation>Passer son t&amp;our</translation>
    </message>
    <message>
        <source>In a round, the person whose turn it is passes.</source>
        <translation>En tour de table, la personne dont c’est le tour passe.</translation>
    </message>
    <message>
        <source>Speak &amp;later</source>
        <translation>R&amp;eporter à la fin</translation>
    </message>
    <message>
        <source>In a round, the person whose turn it is will speak at the end of the round.</source>
        <translation>En tour de table, la personne dont c’est le tour parlera à la fin du tour.</translation>
    </message>
    <message>
        <source>New r&amp;ound</source>
        <translation>Nouveau tour de ta&amp;ble</translation>
    </message>
    <message>
        <source>Prepare another round of those who may speak, in the order chosen in the Speakers panel.</source>
        <translation>Préparer un nouveau tour de table de ceux qui peuvent parler, dans l’ordre choisi dans le panneau Parole.</translation>
    </message>
    <message>
        <source>Speak&amp;ing times</source>
        <translation>Temps de parole (grap&amp;hique)</translation>
    </message>
    <message>
        <source>Show or hide the chart of speaking times.</source>
        <translation>Afficher ou masquer le graphique des temps de parole.</translation>
    </message>
    <message>
        <source>Participant %1</source>
        <translation>Participant %1</translation>
    </message>
    <message>
        <source>The participant with this number speaks, raises or lowers a hand, or (in a round) speaks now; pressed again, they stop.</source>
        <translation>Le participant qui a ce numéro prend la parole, lève ou baisse la main, ou (en tour de table) parle tout de suite&#xa0;; un nouvel appui met fin à sa prise de parole.</translation>
    </message>
    <message>
        <source>&amp;Give a role…</source>
        <translation>Donner u&amp;n rôle…</translation>
    </message>
    <message>
        <source>Give someone a role: their number, then the role&apos;s (moderator, secretary, process observer…).</source>
        <translation>Donner un rôle à quelqu’un&#xa0;: son numéro, puis celui du rôle (modérateur, secrétaire, observateur du processus…).</translation>
    </message>
    <message>
        <source>Mark kept</source>
        <translation>Marquer retenue</translation>
    </message>
    <message>
        <source>The suggestion being typed is kept by the client; with nothing typed, the last suggestion noted (pressed again, it is not).</source>
        <translation>La suggestion en cours de saisie est retenue par le client&#x202f;; sans saisie, la dernière suggestion notée (une seconde pression l’annule).</translation>
    </message>
    <message>
        <source>Keys to the session</source>
        <translation>Touches à la séance</translation>
    </message>
    <message>
        <source>Leave the field being typed in: single keys act on the session again. Enter then goes to the entry line of the phase.</source>
        <translation>Quitter le champ de saisie&#xa0;: les touches simples agissent à nouveau sur la séance. Entrée mène ensuite à la ligne de saisie de la phase.</translation>
    </message>
    <message>
        <source>Phase &amp;details</source>
        <translation>&amp;Détails de la phase</translation>
    </message>
    <message>
        <source>Show or hide the rules and prompts of the phase.</source>
        <translation>Afficher ou masquer les règles et les phrases d’appui de la phase.</translation>
    </message>
    <message>
        <source>&amp;Silent chimes</source>
        <translation>Carillons &amp;muets</translation>
    </message>
    <message>
        <source>Silence the chimes, or let them ring again.</source>
        <translation>Couper les carillons, ou les laisser sonner à nouveau.</translation>
    </message>
    <message>
        <source>&amp;Compact window</source>
        <translation>Fenêtre &amp;réduite</translation>
    </message>
    <message>
        <source>Switch between the full console and a small window on top.</source>
        <translation>Passer de la console complète à une petite fenêtre au premier plan, et inversement.</translation>
    </message>
    <message>
        <source>&amp;Window to share</source>
        <translation>&amp;Fenêtre à partager</translation>
    </message>
    <message>
        <source>Open or close a clean window to share in the video call.</source>
        <translation>Ouvrir ou fermer une fenêtre épurée à partager dans la visioconférence.</translation>
    </message>
    <message>
        <source>&amp;End the session</source>
        <translation>&amp;Terminer la séance</translation>
    </message>
    <message>
        <source>End the session (asks once more, in the window).</source>
        <translation>Terminer la séance (une confirmation est demandée dans la fenêtre).</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Raccourcis c&amp;lavier</translation>
    </message>
    <message>
        <source>Show or hide this list.</source>
        <translation>Afficher ou masquer cette liste.</translation>
    </message>
    <message>
        <source>Participant by number</source>
        <extracomment>Actions the main window already provides itself (it has its own F1).</extracomment>
        <translation>Participant par son numéro</translation>
    </message>
</context>
<context>
    <name>ConsoleTexts</name>
    <message>
        <source>Session finished</source>
        <translation>Séance terminée</translation>
    </message>
    <message>
        <source>Ready. Press %1 to start.</source>
        <translation>Prêt. Appuyez sur %1 pour commencer.</translation>
    </message>
    <message>
        <source>Ready to start</source>
        <translation>Prêt à commencer</translation>
    </message>
    <message>
        <source>Over time +%1</source>
        <translation>Dépassement +%1</translation>
    </message>
    <message>
        <source>Nearly over</source>
        <translation>Bientôt fini</translation>
    </message>
    <message>
        <source>Plenty of time</source>
        <translation>Temps confortable</translation>
    </message>
    <message>
        <source>Back at %1</source>
        <translation>Retour à %1</translation>
    </message>
    <message>
        <source>Paused · %1</source>
        <translation>En pause · %1</translation>
    </message>
    <message>
        <source>Phase %1 of %2</source>
        <translation>Phase %1 sur %2</translation>
    </message>
    <message>
        <source>A break: nobody needs to speak.</source>
        <translation>Une pause&#xa0;: personne n’a besoin de parler.</translation>
    </message>
    <message>
        <source>The client</source>
        <translation>Le client</translation>
    </message>
    <message>
        <source>The consultants</source>
        <translation>Les consultants</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>The facilitator</source>
        <translation>L’animateur</translation>
    </message>
    <message>
        <source>freely</source>
        <translation>librement</translation>
    </message>
    <message>
        <source>in turn, one after another</source>
        <translation>à tour de rôle, l’un après l’autre</translation>
    </message>
    <message>
        <source>after raising a hand</source>
        <translation>en levant la main</translation>
    </message>
    <message>
        <source>Who speaks: %1, %2.</source>
        <translation>Qui parle&#xa0;: %1, %2.</translation>
    </message>
    <message>
        <source>Session %1 of %2</source>
        <translation>Séance %1 sur %2</translation>
    </message>
    <message>
        <source>Ended after %1</source>
        <translation>Terminée au bout de %1</translation>
    </message>
    <message>
        <source>Ends around %1</source>
        <translation>Fin vers %1</translation>
    </message>
    <message>
        <source>On schedule</source>
        <translation>Dans les temps</translation>
    </message>
    <message>
        <source>%1 behind plan</source>
        <translation>%1 de retard sur le plan</translation>
    </message>
    <message>
        <source>%1 ahead of plan</source>
        <translation>%1 d’avance sur le plan</translation>
    </message>
    <message>
        <source>The remaining phases already fit the planned end time.</source>
        <translation>Les phases restantes tiennent déjà dans l’heure de fin prévue.</translation>
    </message>
    <message>
        <source>To end on time: %1.</source>
        <translation>Pour finir à l’heure&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1. %2, %3 planned.</source>
        <translation>%1. %2, durée prévue %3.</translation>
    </message>
    <message>
        <source>start of the session</source>
        <translation>début de la séance</translation>
    </message>
    <message>
        <source>next phase (%1)</source>
        <translation>phase suivante (%1)</translation>
    </message>
    <message>
        <source>move to %1</source>
        <translation>passage à %1</translation>
    </message>
    <message>
        <source>pause</source>
        <translation>pause</translation>
    </message>
    <message>
        <source>resume</source>
        <translation>reprise</translation>
    </message>
    <message>
        <source>end of the session</source>
        <translation>fin de la séance</translation>
    </message>
    <message>
        <source>keep the end time</source>
        <translation>garder l’heure de fin</translation>
    </message>
    <message>
        <source>break of %1</source>
        <translation>pause de %1</translation>
    </message>
    <message>
        <source>round %1</source>
        <translation>tour %1</translation>
    </message>
    <message>
        <source>%1 raises a hand</source>
        <translation>%1 lève la main</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>quelqu’un</translation>
    </message>
    <message>
        <source>%1’s raised hand</source>
        <translation>main levée de %1</translation>
    </message>
    <message>
        <source>%1 lowers their hand</source>
        <translation>%1 baisse la main</translation>
    </message>
    <message>
        <source>%1 speaks</source>
        <translation>%1 prend la parole</translation>
    </message>
    <message>
        <source>choice of module</source>
        <translation>choix du module</translation>
    </message>
    <message>
        <source>module %1</source>
        <translation>module %1</translation>
    </message>
    <message>
        <source>next speaker</source>
        <translation>personne suivante</translation>
    </message>
    <message>
        <source>end of the turn</source>
        <translation>fin du tour de parole</translation>
    </message>
    <message>
        <source>a pass</source>
        <translation>un passage de tour</translation>
    </message>
    <message>
        <source>speaking later</source>
        <translation>parole plus tard</translation>
    </message>
    <message>
        <source>order of the next round</source>
        <translation>ordre du prochain tour</translation>
    </message>
    <message>
        <source>way of taking turns</source>
        <translation>façon de donner la parole</translation>
    </message>
    <message>
        <source>order of raised hands</source>
        <translation>ordre des mains levées</translation>
    </message>
    <message>
        <source>time per speaker</source>
        <translation>temps par personne</translation>
    </message>
    <message>
        <source>%1 joins</source>
        <translation>arrivée de %1</translation>
    </message>
    <message>
        <source>%1 taken off the list</source>
        <translation>%1 retiré de la liste</translation>
    </message>
    <message>
        <source>%1’s details</source>
        <translation>informations de %1</translation>
    </message>
    <message>
        <source>%1 arrives</source>
        <translation>arrivée de %1</translation>
    </message>
    <message>
        <source>%1 leaves</source>
        <translation>départ de %1</translation>
    </message>
    <message>
        <source>%1 is here</source>
        <translation>%1 est là</translation>
    </message>
    <message>
        <source>%1 is absent</source>
        <translation>%1 est absent·e</translation>
    </message>
    <message>
        <source>typing in the notes</source>
        <translation>saisie dans les notes</translation>
    </message>
    <message>
        <source>kind of help wanted</source>
        <translation>type d’aide souhaitée</translation>
    </message>
    <message>
        <source>new suggestion</source>
        <translation>nouvelle suggestion</translation>
    </message>
    <message>
        <source>suggestion kept or not</source>
        <translation>suggestion retenue ou non</translation>
    </message>
    <message>
        <source>suggestion edited</source>
        <translation>suggestion modifiée</translation>
    </message>
    <message>
        <source>suggestion removed</source>
        <translation>suggestion supprimée</translation>
    </message>
    <message>
        <source>suggestion moved</source>
        <translation>suggestion déplacée</translation>
    </message>
    <message>
        <source>new step of the plan</source>
        <translation>nouvelle étape du plan</translation>
    </message>
    <message>
        <source>step of the plan edited</source>
        <translation>étape du plan modifiée</translation>
    </message>
    <message>
        <source>step of the plan removed</source>
        <translation>étape du plan supprimée</translation>
    </message>
    <message>
        <source>step of the plan moved</source>
        <translation>étape du plan déplacée</translation>
    </message>
    <message>
        <source>learning of %1</source>
        <translation>apprentissage de %1</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Annuler&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ConsoleWidget</name>
    <message>
        <source>−1 min</source>
        <extracomment>Below this width (a laptop split with the video call) the phase rail makes way. The facilitator asked to leave the finished session (back to the welcome screen). The compact window was shown (True) or the full console came back (False). The session has just ended (last phase or &quot;End&quot;): the wrap-up takes over (ui/wrapup).</extracomment>
        <translation>−1 min</translation>
    </message>
    <message>
        <source>+1 min</source>
        <translation>+1 min</translation>
    </message>
    <message>
        <source>Phase card</source>
        <translation>Fiche de la phase</translation>
    </message>
    <message>
        <source>Panels</source>
        <translation>Panneaux</translation>
    </message>
    <message>
        <source>End the session now</source>
        <translation>Terminer la séance maintenant</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>End now</source>
        <translation>Terminer maintenant</translation>
    </message>
    <message>
        <source>Compact</source>
        <translation>Réduire</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Partager</translation>
    </message>
    <message>
        <source>End…</source>
        <translation>Terminer…</translation>
    </message>
    <message>
        <source>Close the session</source>
        <translation>Clore la séance</translation>
    </message>
    <message>
        <source>This is the last phase. To end the session, press %1.</source>
        <translation>C’est la dernière phase. Pour terminer la séance, appuyez sur %1.</translation>
    </message>
    <message>
        <source>Start the session first (%1).</source>
        <translation>Démarrez d’abord la séance (%1).</translation>
    </message>
    <message>
        <source>Quit Codev</source>
        <translation>Quitter Codev</translation>
    </message>
    <message>
        <source>Quit Codev now</source>
        <translation>Quitter Codev maintenant</translation>
    </message>
    <message>
        <source>A break of %1 comes next. Press %2 when it starts.</source>
        <translation>Une pause de %1 suit. Appuyez sur %2 quand elle commence.</translation>
    </message>
    <message>
        <source>Undone: %1.</source>
        <translation>Annulé&#xa0;: %1.</translation>
    </message>
    <message>
        <source>End the session now? Press %1 again to end it; you can still undo afterwards.</source>
        <translation>Terminer la séance maintenant&#x202f;? Appuyez de nouveau sur %1 pour la terminer&#x202f;; vous pourrez encore annuler ensuite.</translation>
    </message>
    <message>
        <source>Quit Codev? The session is paused and kept: Codev offers to resume it at the next start. Press %1 again to quit, or %2 to resume here.</source>
        <translation>Quitter Codev&#xa0;? La séance est en pause et gardée&#xa0;: Codev propose de la reprendre au prochain démarrage. Appuyez de nouveau sur %1 pour quitter, ou sur %2 pour reprendre ici.</translation>
    </message>
    <message>
        <source>Chimes are silent.</source>
        <translation>Les carillons sont muets.</translation>
    </message>
    <message>
        <source>Chimes will ring.</source>
        <translation>Les carillons sonneront.</translation>
    </message>
    <message>
        <source>Session finished</source>
        <translation>Séance terminée</translation>
    </message>
    <message>
        <source>%1 · %2 planned</source>
        <translation>%1 · durée prévue %2</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>Annu&amp;ler</translation>
    </message>
</context>
<context>
    <name>CycleFacts</name>
    <message>
        <source>%1 of %2 sessions held.</source>
        <extracomment>The built-in template that runs a cycle&apos;s review session.</extracomment>
        <translation>%1 séances tenues sur %2.</translation>
    </message>
    <message>
        <source>Session %1 (%2): this session.</source>
        <translation>Séance %1 (%2)&#xa0;: celle-ci.</translation>
    </message>
    <message>
        <source>Session %1 (%2): not held.</source>
        <translation>Séance %1 (%2)&#xa0;: pas encore tenue.</translation>
    </message>
    <message>
        <source>Session %1 (%2), client: %3</source>
        <translation>Séance %1 (%2), client&#xa0;: %3</translation>
    </message>
    <message>
        <source>Question: %1</source>
        <translation>Question&#xa0;: %1</translation>
    </message>
    <message>
        <source>Plan: %1</source>
        <translation>Plan&#xa0;: %1</translation>
    </message>
    <message>
        <source>Follow-up: %1</source>
        <translation>Suivi&#xa0;: %1</translation>
    </message>
    <message>
        <source>Present: %1</source>
        <translation>Présents&#xa0;: %1</translation>
    </message>
    <message>
        <source>Absent: %1</source>
        <translation>Absents&#xa0;: %1</translation>
    </message>
    <message>
        <source>Attendance over the cycle:</source>
        <translation>Présence sur le cycle&#xa0;:</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1&#xa0;: %2 sur %3</translation>
    </message>
    <message>
        <source>left on %1</source>
        <translation>parti·e le %1</translation>
    </message>
</context>
<context>
    <name>CycleTab</name>
    <message>
        <source> weeks</source>
        <translation> semaines</translation>
    </message>
    <message>
        <source>&amp;Plan the cycle</source>
        <translation>&amp;Planifier le cycle</translation>
    </message>
    <message>
        <source>Planned sessions</source>
        <translation>Séances prévues</translation>
    </message>
    <message>
        <source>S&amp;wap with the next</source>
        <translation>É&amp;changer avec la suivante</translation>
    </message>
    <message>
        <source>&amp;Start the next session…</source>
        <translation>&amp;Démarrer la prochaine séance…</translation>
    </message>
    <message>
        <source>Ca&amp;lendar (.ics)…</source>
        <translation>Ca&amp;lendrier (.ics)…</translation>
    </message>
    <message>
        <source>Re&amp;view for the group…</source>
        <translation>&amp;Bilan pour le groupe…</translation>
    </message>
    <message>
        <source>Review for the &amp;facilitators…</source>
        <translation>Bilan pour les &amp;animateurs…</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>First session</source>
        <translation>Première séance</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Toutes les</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>No cycle planned yet.</source>
        <translation>Aucun cycle planifié pour l’instant.</translation>
    </message>
    <message>
        <source>client to choose</source>
        <translation>client à choisir</translation>
    </message>
    <message>
        <source>held</source>
        <translation>tenue</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>prévue</translation>
    </message>
    <message>
        <source>%1 of %2 sessions held.</source>
        <translation>%1 séances tenues sur %2.</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Calendar written: %1</source>
        <translation>Calendrier écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Bilan</translation>
    </message>
    <message>
        <source>Review written: %1</source>
        <translation>Bilan écrit&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>A session is open. End it and close it before trying the demo.</source>
        <translation>Une séance est ouverte. Terminez-la et fermez-la avant d’essayer la démonstration.</translation>
    </message>
</context>
<context>
    <name>DemoBar</name>
    <message>
        <source>Next phase</source>
        <translation>Phase suivante</translation>
    </message>
    <message>
        <source>Next phase of the demo</source>
        <translation>Phase suivante de la démonstration</translation>
    </message>
    <message>
        <source>About this phase</source>
        <translation>À propos de cette phase</translation>
    </message>
    <message>
        <source>The method page, at this phase (Shift+F1).</source>
        <translation>La page de la méthode, à cette phase (Maj+F1).</translation>
    </message>
    <message>
        <source>Keep it in my history</source>
        <translation>La garder dans mon historique</translation>
    </message>
    <message>
        <source>Demo · the end</source>
        <translation>Démonstration · la fin</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Démonstration</translation>
    </message>
    <message>
        <source>Demo · phase %1 of %2 · %3</source>
        <translation>Démonstration · phase %1 sur %2 · %3</translation>
    </message>
    <message>
        <source>Kept in your history, like any session.</source>
        <translation>Gardée dans votre historique, comme toute séance.</translation>
    </message>
    <message>
        <source>Step through it myself</source>
        <translation>Avancer moi-même</translation>
    </message>
    <message>
        <source>Let it play</source>
        <translation>La laisser se dérouler</translation>
    </message>
    <message>
        <source>Close the demo</source>
        <translation>Fermer la démonstration</translation>
    </message>
    <message>
        <source>End the demo</source>
        <translation>Arrêter la démonstration</translation>
    </message>
</context>
<context>
    <name>DocumentPreview</name>
    <message>
        <source>Preview of the document</source>
        <extracomment>Width of a previewed page, in pixels (narrower in a small window).</extracomment>
        <translation>Aperçu du document</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
</context>
<context>
    <name>EditorView</name>
    <message numerus="yes">
        <source>%n phase(s), %1 in all, ending at %2.</source>
        <translation>
            <numerusform>%n phase, %1 en tout, fin à %2.</numerusform>
            <numerusform>%n phases, %1 en tout, fin à %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorMessages</name>
    <message>
        <source>Something went wrong in Codev. Your notes are saved.

You can carry on. The details are in this file:
%1</source>
        <translation>Un problème est survenu dans Codev. Vos notes sont enregistrées.

Vous pouvez continuer. Les détails se trouvent dans ce fichier&#xa0;:
%1</translation>
    </message>
    <message>
        <source>The Codev database is damaged:
%1

Codev has not changed it. Move this file somewhere else or restore a backup, then start Codev again.</source>
        <translation>La base de données de Codev est endommagée&#xa0;:
%1

Codev ne l’a pas modifiée. Déplacez ce fichier ailleurs ou restaurez une sauvegarde, puis relancez Codev.</translation>
    </message>
    <message>
        <source>The Codev database is in use by another program, most likely Codev already open in another window:
%1

Close the other Codev, then start Codev again.</source>
        <translation>La base de données de Codev est utilisée par un autre programme, sans doute Codev déjà ouvert dans une autre fenêtre&#xa0;:
%1

Fermez l’autre Codev, puis relancez Codev.</translation>
    </message>
    <message>
        <source>Codev cannot write to its database, because the file or its folder is read-only:
%1

Allow writing there, or move the folder somewhere writable, then start Codev again.</source>
        <translation>Codev ne peut pas écrire dans sa base de données, car le fichier ou son dossier est en lecture seule&#xa0;:
%1

Autorisez l’écriture à cet endroit, ou déplacez le dossier vers un emplacement modifiable, puis relancez Codev.</translation>
    </message>
    <message>
        <source>The Codev database was written by a newer version of Codev (%2):
%1

This version has not changed it. Install the newer Codev again to open it.</source>
        <translation>La base de données de Codev a été écrite par une version plus récente de Codev (%2)&#xa0;:
%1

Cette version ne l’a pas modifiée. Réinstallez la version plus récente de Codev pour l’ouvrir.</translation>
    </message>
    <message>
        <source>Codev could not read or write its database (%2):
%1

Check that the disk is connected and not full and that you may use this file, then start Codev again.</source>
        <translation>Codev n’a pas pu lire ou écrire sa base de données (%2)&#xa0;:
%1

Vérifiez que le disque est branché et n’est pas plein, et que vous avez le droit d’utiliser ce fichier, puis relancez Codev.</translation>
    </message>
    <message>
        <source>disk error</source>
        <translation>erreur de disque</translation>
    </message>
    <message>
        <source>Codev cannot open your notes</source>
        <translation>Codev ne peut pas ouvrir vos notes</translation>
    </message>
    <message>
        <source>Codev will now close.</source>
        <translation>Codev va maintenant se fermer.</translation>
    </message>
    <message>
        <source>your sessions and notes</source>
        <translation>vos séances et vos notes</translation>
    </message>
    <message>
        <source>your templates</source>
        <translation>vos modèles</translation>
    </message>
    <message>
        <source>the backups of your notes</source>
        <translation>les sauvegardes de vos notes</translation>
    </message>
    <message>
        <source>the drafts of templates being edited</source>
        <translation>les brouillons des modèles en cours de modification</translation>
    </message>
    <message>
        <source>your settings</source>
        <translation>vos paramètres</translation>
    </message>
    <message>
        <source>the log</source>
        <translation>le journal</translation>
    </message>
    <message>
        <source>data Codev can rebuild (cache)</source>
        <translation>des données que Codev peut reconstruire (cache)</translation>
    </message>
    <message>
        <source>Codev cannot write to the folder for %1:
%2
(%3)</source>
        <translation>Codev ne peut pas écrire dans le dossier qui garde %1&#xa0;:
%2
(%3)</translation>
    </message>
    <message>
        <source>Codev has not changed anything. Check that the disk is connected, not full and not read-only, and that your account may write to this folder; then start Codev again.</source>
        <translation>Codev n’a rien modifié. Vérifiez que le disque est branché, qu’il n’est ni plein ni en lecture seule, et que votre compte peut écrire dans ce dossier, puis relancez Codev.</translation>
    </message>
    <message>
        <source>Codev cannot save here</source>
        <translation>Codev ne peut pas enregistrer ici</translation>
    </message>
</context>
<context>
    <name>ExportEntry</name>
    <message>
        <source>This session cannot be read back, so it cannot be exported.</source>
        <extracomment>``ExportWindow.property`` holding which session a window exports: &quot;live&quot; or the stored id.</extracomment>
        <translation>Cette séance ne peut pas être relue&#xa0;; elle ne peut donc pas être exportée.</translation>
    </message>
    <message>
        <source>Open a session, or choose one in the history, to export it.</source>
        <translation>Ouvrez une séance, ou choisissez-en une dans l’historique, pour l’exporter.</translation>
    </message>
</context>
<context>
    <name>ExportWindow</name>
    <message>
        <source>Export – Codev</source>
        <extracomment>How many clashing file names the overwrite question lists before &quot;…&quot;. The files an export wrote (``list[Path]``), when it ends (finished, cancelled or failed).</extracomment>
        <translation>Exporter – Codev</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Export the session</source>
        <translation>Exporter la séance</translation>
    </message>
    <message>
        <source>Sharing with participants</source>
        <translation>Partage avec les participants</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>Quoi exporter</translation>
    </message>
    <message>
        <source>&amp;Participants’ summary</source>
        <translation>Compte rendu pour le &amp;groupe</translation>
    </message>
    <message>
        <source>Participants’ summary</source>
        <translation>Compte rendu pour le groupe</translation>
    </message>
    <message>
        <source>Personal &amp;copies, one file per participant</source>
        <translation>&amp;Copies personnelles, un fichier par participant</translation>
    </message>
    <message>
        <source>Personal copies</source>
        <translation>Copies personnelles</translation>
    </message>
    <message>
        <source>&amp;Who receives a copy</source>
        <translation>&amp;Qui reçoit une copie</translation>
    </message>
    <message>
        <source>Who receives a copy</source>
        <translation>Qui reçoit une copie</translation>
    </message>
    <message>
        <source>&amp;Facilitator’s full record (private notes included)</source>
        <translation>Dossier complet de l’a&amp;nimation (notes privées comprises)</translation>
    </message>
    <message>
        <source>Facilitator’s full record</source>
        <translation>Dossier complet de l’animation</translation>
    </message>
    <message>
        <source>Documents as</source>
        <translation>Documents en</translation>
    </message>
    <message>
        <source>P&amp;DF</source>
        <translation>P&amp;DF</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>&amp;Markdown (plain text)</source>
        <translation>&amp;Markdown (texte brut)</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>Open formats, for your archive and spreadsheets</source>
        <translation>Formats ouverts, pour vos archives et vos tableurs</translation>
    </message>
    <message>
        <source>&amp;Session file (JSON: everything, to import again)</source>
        <translation>Fichier de &amp;séance (JSON&#xa0;: tout, pour le réimporter)</translation>
    </message>
    <message>
        <source>Session file</source>
        <translation>Fichier de séance</translation>
    </message>
    <message>
        <source>Speaking &amp;times (CSV)</source>
        <translation>&amp;Temps de parole (CSV)</translation>
    </message>
    <message>
        <source>Speaking times</source>
        <translation>Temps de parole</translation>
    </message>
    <message>
        <source>P&amp;hase timings (CSV)</source>
        <translation>Durées des p&amp;hases (CSV)</translation>
    </message>
    <message>
        <source>Phase timings</source>
        <translation>Durées des phases</translation>
    </message>
    <message>
        <source>Show who made each s&amp;uggestion</source>
        <translation>Montrer l’a&amp;uteur de chaque suggestion</translation>
    </message>
    <message>
        <source>Show who made each suggestion</source>
        <translation>Montrer l’auteur de chaque suggestion</translation>
    </message>
    <message>
        <source>Language of the documents</source>
        <translation>Langue des documents</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter (North America)</source>
        <translation>Lettre (Amérique du Nord)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Pape&amp;r</source>
        <translation>&amp;Papier</translation>
    </message>
    <message>
        <source>F&amp;older</source>
        <translation>D&amp;ossier</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>Choose the folder</source>
        <translation>Choisir le dossier</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Avancement de l’export</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v sur %m</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel the export</source>
        <translation>Annuler l’export</translation>
    </message>
    <message>
        <source>Files written</source>
        <translation>Fichiers écrits</translation>
    </message>
    <message>
        <source>Show &amp;in folder</source>
        <translation>Ouvr&amp;ir le dossier</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>%1 &amp;approved what will be shared</source>
        <extracomment>The client&apos;s approval was recorded (True) or withdrawn (False) from this window.</extracomment>
        <translation>%1 a &amp;accepté ce qui sera partagé</translation>
    </message>
    <message>
        <source>The client &amp;approved what will be shared</source>
        <translation>Le client a &amp;accepté ce qui sera partagé</translation>
    </message>
    <message>
        <source>Approved by %1 on %2.</source>
        <translation>Accepté par %1 le %2.</translation>
    </message>
    <message>
        <source>Approved on %1.</source>
        <translation>Accepté le %1.</translation>
    </message>
    <message>
        <source>Approved.</source>
        <translation>Accepté.</translation>
    </message>
    <message>
        <source>Untick the box if the client changes their mind.</source>
        <translation>Décochez la case si le client change d’avis.</translation>
    </message>
    <message>
        <source>The client has not approved sharing yet. The participants’ summary and their personal copies can only be written once they have.</source>
        <translation>Le client n’a pas encore accepté le partage. Le compte rendu pour le groupe et les copies personnelles ne pourront être écrits qu’une fois son accord donné.</translation>
    </message>
    <message>
        <source>The approval could not be saved: %1</source>
        <translation>L’accord n’a pas pu être enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Where to save the files</source>
        <translation>Où enregistrer les fichiers</translation>
    </message>
    <message>
        <source>Type the whole path of a folder, or choose one with Browse.</source>
        <translation>Tapez le chemin complet d’un dossier, ou choisissez-en un avec Parcourir.</translation>
    </message>
    <message>
        <source>Codev cannot write in the folder “%1”: %2</source>
        <translation>Codev ne peut pas écrire dans le dossier «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Choose &amp;another folder…</source>
        <translation>Choisir un &amp;autre dossier…</translation>
    </message>
    <message>
        <source>it exists, but it does not accept new files.</source>
        <translation>il existe, mais n’accepte pas de nouveaux fichiers.</translation>
    </message>
    <message>
        <source>This session cannot be read back, so nothing was written: %1</source>
        <translation>Cette séance ne peut pas être relue, donc rien n’a été écrit&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) with the same name are already in this folder (%1). Replace them, or keep both (the new files get “ (2)” in their names)?</source>
        <translation>
            <numerusform>%n fichier du même nom existe déjà dans ce dossier (%1). Le remplacer, ou garder les deux (le nouveau fichier prend «&#xa0;(2)&#xa0;» dans son nom)&#xa0;?</numerusform>
            <numerusform>%n fichiers du même nom existent déjà dans ce dossier (%1). Les remplacer, ou garder les deux (les nouveaux fichiers prennent «&#xa0;(2)&#xa0;» dans leur nom)&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Garder les deux</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Rien n’a été écrit.</translation>
    </message>
    <message>
        <source>Getting ready…</source>
        <translation>Préparation…</translation>
    </message>
    <message>
        <source>Writing file %1 of %2: %3</source>
        <translation>Écriture du fichier %1 sur %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Stopping after this file…</source>
        <translation>Arrêt après ce fichier…</translation>
    </message>
    <message numerus="yes">
        <source>Stopped. %n file(s) had been written in “%1”.</source>
        <translation>
            <numerusform>Arrêté. %n fichier avait été écrit dans «&#xa0;%1&#xa0;».</numerusform>
            <numerusform>Arrêté. %n fichiers avaient été écrits dans «&#xa0;%1&#xa0;».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) had been written in “%1” before that.</source>
        <translation>
            <numerusform>%n fichier avait été écrit dans «&#xa0;%1&#xa0;» auparavant.</numerusform>
            <numerusform>%n fichiers avaient été écrits dans «&#xa0;%1&#xa0;» auparavant.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done. %n file(s) written in “%1”.</source>
        <translation>
            <numerusform>C’est fait. %n fichier écrit dans «&#xa0;%1&#xa0;».</numerusform>
            <numerusform>C’est fait. %n fichiers écrits dans «&#xa0;%1&#xa0;».</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped. Nothing was written.</source>
        <translation>Arrêté. Rien n’a été écrit.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Codev is not allowed to write there.</source>
        <translation>Codev n’a pas le droit d’écrire à cet endroit.</translation>
    </message>
    <message>
        <source>the disk is full.</source>
        <translation>le disque est plein.</translation>
    </message>
    <message>
        <source>the disk cannot be written to.</source>
        <translation>le disque est en lecture seule.</translation>
    </message>
    <message>
        <source>the folder does not exist any more.</source>
        <translation>le dossier n’existe plus.</translation>
    </message>
    <message>
        <source>part of the path is a file, not a folder.</source>
        <translation>une partie du chemin est un fichier, pas un dossier.</translation>
    </message>
    <message>
        <source>the name is too long for this disk.</source>
        <translation>le nom est trop long pour ce disque.</translation>
    </message>
    <message>
        <source>the disk did not answer (is it still connected?).</source>
        <translation>le disque n’a pas répondu (est-il toujours branché&#xa0;?).</translation>
    </message>
    <message>
        <source>the system says “%1”.</source>
        <translation>le système indique «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>this session is no longer in Codev’s database.</source>
        <translation>cette séance n’est plus dans la base de données de Codev.</translation>
    </message>
    <message>
        <source>the saved session is damaged.</source>
        <translation>la séance enregistrée est endommagée.</translation>
    </message>
    <message>
        <source>Codev’s database cannot be used right now.</source>
        <translation>la base de données de Codev est inutilisable pour le moment.</translation>
    </message>
    <message>
        <source>The client’s approval is missing: nothing for the participants was written.</source>
        <translation>L’accord du client manque&#xa0;: rien de destiné aux participants n’a été écrit.</translation>
    </message>
    <message>
        <source>“%1” appeared in the folder meanwhile; it was left as it is and the export stopped there.</source>
        <translation>«&#xa0;%1&#xa0;» est apparu dans le dossier entre-temps&#xa0;; il a été laissé tel quel et l’export s’est arrêté là.</translation>
    </message>
    <message>
        <source>One of the chosen people is no longer in the session.</source>
        <translation>Une des personnes choisies ne fait plus partie de la séance.</translation>
    </message>
    <message>
        <source>Codev is not allowed to write “%1” in this folder. Choose another folder.</source>
        <translation>Codev n’a pas le droit d’écrire «&#xa0;%1&#xa0;» dans ce dossier. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être écrit&#xa0;: %2</translation>
    </message>
    <message>
        <source>Something went wrong while writing “%1”. The details are in Codev’s log.</source>
        <translation>Un problème est survenu pendant l’écriture de «&#xa0;%1&#xa0;». Les détails sont dans le journal de Codev.</translation>
    </message>
</context>
<context>
    <name>FirstLaunch</name>
    <message>
        <source>Your choice could not be saved: %1</source>
        <translation>Votre choix n’a pas pu être enregistré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>FirstLaunchPage</name>
    <message>
        <source>Welcome to Codev</source>
        <translation>Bienvenue dans Codev</translation>
    </message>
    <message>
        <source>Codev keeps the time and the notes of your co-development sessions, beside your video call. Two questions, then choose how to begin.</source>
        <translation>Codev tient le temps et les notes de vos séances de codéveloppement, à côté de votre visioconférence. Deux questions, puis choisissez comment commencer.</translation>
    </message>
    <message>
        <source>First name and last name</source>
        <translation>Prénom et nom</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>Printed as the facilitator on the summaries you export.</source>
        <translation>Imprimé comme animateur sur les comptes rendus que vous exportez.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>Votre &amp;nom</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>The menus follow the next time Codev starts.</source>
        <translation>Les menus suivront au prochain démarrage de Codev.</translation>
    </message>
    <message>
        <source>Try a 5-minute &amp;demo session</source>
        <translation>Essayer une séance de &amp;démonstration de 5 minutes</translation>
    </message>
    <message>
        <source>A sample group with invented names plays a whole session, sped up; or step through it yourself, one phase at a time. Nothing of it is saved.</source>
        <translation>Un groupe d’exemple aux noms inventés joue une séance entière en accéléré&#xa0;; ou avancez vous-même, une phase à la fois. Rien n’en est enregistré.</translation>
    </message>
    <message>
        <source>&amp;Plan my first session</source>
        <translation>Préparer ma p&amp;remière séance</translation>
    </message>
    <message>
        <source>Choose a format, the participants and the client; start when you are ready.</source>
        <translation>Choisissez un format, les participants et le client&#xa0;; commencez quand vous êtes prêt.</translation>
    </message>
    <message>
        <source>How co-development works…</source>
        <translation>Comment se déroule un codéveloppement…</translation>
    </message>
    <message>
        <source>The phases, roles and rules (Shift+F1).</source>
        <translation>Les phases, les rôles et les règles (Maj+F1).</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <source>Go to the list of templates.</source>
        <translation>Aller à la liste des modèles.</translation>
    </message>
</context>
<context>
    <name>FitPanel</name>
    <message>
        <source>Fit to total time</source>
        <translation>Ajuster à la durée totale</translation>
    </message>
    <message>
        <source>Every phase grows or shrinks in proportion, in whole minutes. Tick the phases whose time must not change.</source>
        <translation>Chaque phase s’allonge ou se raccourcit en proportion, en minutes entières. Cochez les phases dont la durée ne doit pas changer.</translation>
    </message>
    <message>
        <source>Total time in minutes</source>
        <translation>Durée totale en minutes</translation>
    </message>
    <message>
        <source>Shortest phase in minutes</source>
        <translation>Phase la plus courte en minutes</translation>
    </message>
    <message>
        <source>&amp;Total time</source>
        <translation>D&amp;urée totale</translation>
    </message>
    <message>
        <source>&amp;Shortest phase</source>
        <translation>Phase la plus &amp;courte</translation>
    </message>
    <message>
        <source>Phases before and after</source>
        <translation>Phases avant et après</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Garder</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Actuelle</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Appl&amp;y</source>
        <translation>Appli&amp;quer</translation>
    </message>
    <message>
        <source>Apply the new durations</source>
        <translation>Appliquer les nouvelles durées</translation>
    </message>
    <message>
        <source>Cl&amp;ose</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Close without changing</source>
        <translation>Fermer sans rien changer</translation>
    </message>
    <message>
        <source>Keep the time of %1</source>
        <translation>Garder la durée de %1</translation>
    </message>
    <message>
        <source>Now %1, after %2.</source>
        <translation>Actuellement %1, après ajustement %2.</translation>
    </message>
    <message>
        <source>The phases you keep have odd seconds: the closest total is %1.</source>
        <translation>Les phases que vous gardez ont des secondes en trop&#xa0;: le total le plus proche est %1.</translation>
    </message>
    <message>
        <source>Now %1.</source>
        <translation>Actuellement %1.</translation>
    </message>
    <message>
        <source>Every phase keeps its time, so the plan lasts %1. Untick a phase to change the total.</source>
        <translation>Chaque phase garde sa durée, le plan dure donc %1. Décochez une phase pour changer le total.</translation>
    </message>
    <message>
        <source>%1 is too short: the phases you keep and the shortest time per phase need at least %2.</source>
        <translation>%1, c’est trop court&#xa0;: les phases gardées et la durée minimale par phase demandent au moins %2.</translation>
    </message>
    <message>
        <source>%1 is too long: no phase may last more than %3. The most is %2.</source>
        <translation>%1, c’est trop long&#xa0;: aucune phase ne peut durer plus de %3. Le maximum est %2.</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>Utiliser %1</translation>
    </message>
</context>
<context>
    <name>FloorView</name>
    <message>
        <source>Type a suggestion, then Enter</source>
        <translation>Tapez une suggestion, puis Entrée</translation>
    </message>
    <message>
        <source>Type the suggestion of %1, then Enter</source>
        <translation>Tapez la suggestion de %1, puis Entrée</translation>
    </message>
    <message>
        <source>Choose whose learning it is</source>
        <translation>Choisissez à qui est cet apprentissage</translation>
    </message>
    <message>
        <source>Type what %1 takes away, then Enter</source>
        <translation>Tapez ce que %1 retient, puis Entrée</translation>
    </message>
    <message>
        <source>Type a step of the action plan, then Enter</source>
        <translation>Tapez une étape du plan d’action, puis Entrée</translation>
    </message>
    <message>
        <source>Type a key fact, then Enter</source>
        <translation>Tapez un fait clé, puis Entrée</translation>
    </message>
    <message>
        <source>Whose it is</source>
        <translation>De qui</translation>
    </message>
    <message>
        <source>Entry line</source>
        <translation>Ligne de saisie</translation>
    </message>
    <message>
        <source>Kept (%1)</source>
        <translation>Retenue (%1)</translation>
    </message>
    <message>
        <source>Kept by the client</source>
        <translation>Retenue par le client</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Ensuite&#xa0;: %1</translation>
    </message>
    <message>
        <source>Enter notes it · Esc gives the keys back to the session</source>
        <translation>Entrée la note · Échap rend les touches à la séance</translation>
    </message>
    <message>
        <source>Enter notes it · ↑/↓ someone else · Esc gives the keys back</source>
        <translation>Entrée la note · ↑/↓ quelqu’un d’autre · Échap rend les touches</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>retenue</translation>
    </message>
    <message>
        <source>Choose whose learning it is (↑/↓).</source>
        <translation>Choisissez à qui est cet apprentissage (↑/↓).</translation>
    </message>
</context>
<context>
    <name>GroupExchange</name>
    <message>
        <source>E&amp;xport the group…</source>
        <translation>E&amp;xporter le groupe…</translation>
    </message>
    <message>
        <source>with the &amp;notes</source>
        <translation>avec les &amp;notes</translation>
    </message>
    <message>
        <source>The members&apos; notes are confidential: tick to put them in the file too.</source>
        <translation>Les notes sur les membres sont confidentielles&#xa0;: cochez pour les mettre aussi dans le fichier.</translation>
    </message>
    <message>
        <source>Impor&amp;t a group…</source>
        <translation>Impor&amp;ter un groupe…</translation>
    </message>
    <message>
        <source>&amp;Bring them into the group</source>
        <translation>&amp;Les rattacher au groupe</translation>
    </message>
    <message>
        <source>Re&amp;joins the group</source>
        <translation>Re&amp;vient dans le groupe</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier session(s) bear the name “%1” but are in no group. Bring them into this group?</source>
        <translation>
            <numerusform>%n séance passée porte le nom «&#xa0;%1&#xa0;» sans être dans un groupe. La rattacher à ce groupe&#x202f;?</numerusform>
            <numerusform>%n séances passées portent le nom «&#xa0;%1&#xa0;» sans être dans un groupe. Les rattacher à ce groupe&#x202f;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) brought into %1.</source>
        <translation>
            <numerusform>%n séance rattachée à %1.</numerusform>
            <numerusform>%n séances rattachées à %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the group</source>
        <translation>Exporter le groupe</translation>
    </message>
    <message>
        <source>Group written: %1</source>
        <translation>Groupe enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Import a group</source>
        <translation>Importer un groupe</translation>
    </message>
    <message>
        <source>Group added: %1</source>
        <translation>Groupe ajouté&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>GroupPanel</name>
    <message>
        <source>Charter of %1</source>
        <translation>Charte de %1</translation>
    </message>
    <message>
        <source>The group&apos;s charter</source>
        <translation>La charte du groupe</translation>
    </message>
    <message>
        <source>Resources to refer to</source>
        <translation>Ressources vers lesquelles orienter</translation>
    </message>
    <message>
        <source>No resources listed yet.</source>
        <translation>Aucune ressource pour l’instant.</translation>
    </message>
    <message>
        <source>The cycle so far</source>
        <translation>Le cycle jusqu’ici</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
</context>
<context>
    <name>GroupsEntry</name>
    <message>
        <source>&amp;Groups…</source>
        <translation>&amp;Groupes…</translation>
    </message>
    <message>
        <source>Groups that meet over months: members, charter, cycles.</source>
        <translation>Les groupes qui se réunissent sur plusieurs mois&#xa0;: membres, charte, cycles.</translation>
    </message>
    <message>
        <source>Groups open once the notes database is ready.</source>
        <translation>Les groupes s’ouvrent dès que la base de notes est prête.</translation>
    </message>
</context>
<context>
    <name>GroupsWindow</name>
    <message>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <source>New group&apos;s name</source>
        <translation>Nom du nouveau groupe</translation>
    </message>
    <message>
        <source>Facilitators (one or two, with a comma)</source>
        <translation>Animateurs (un ou deux, séparés par une virgule)</translation>
    </message>
    <message>
        <source>&amp;Create the group</source>
        <translation>&amp;Créer le groupe</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>&amp;Membres</translation>
    </message>
    <message>
        <source>C&amp;harter</source>
        <translation>C&amp;harte</translation>
    </message>
    <message>
        <source>&amp;Resources and rhythm</source>
        <translation>&amp;Ressources et rythme</translation>
    </message>
    <message>
        <source>C&amp;ycle</source>
        <translation>C&amp;ycle</translation>
    </message>
    <message>
        <source>Requests and &amp;listening…</source>
        <translation>Demandes et é&amp;coute…</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Name, then Enter</source>
        <translation>Nom, puis Entrée</translation>
    </message>
    <message>
        <source>E-mail (optional)</source>
        <translation>E-mail (facultatif)</translation>
    </message>
    <message>
        <source>&amp;Accepted the charter today</source>
        <translation>&amp;A accepté la charte aujourd’hui</translation>
    </message>
    <message>
        <source>&amp;Leaves the group</source>
        <translation>&amp;Quitte le groupe</translation>
    </message>
    <message>
        <source>&amp;Heard from them today</source>
        <translation>&amp;Nouvelles reçues aujourd’hui</translation>
    </message>
    <message>
        <source>The group&apos;s charter</source>
        <translation>La charte du groupe</translation>
    </message>
    <message>
        <source>&amp;Save the charter</source>
        <translation>&amp;Enregistrer la charte</translation>
    </message>
    <message>
        <source>The agreements the group makes at its first session. They are shown at the opening of each session and printed in the group&apos;s documents.</source>
        <translation>Les accords que le groupe prend à sa première séance. Ils sont rappelés à l’ouverture de chaque séance et imprimés dans les documents du groupe.</translation>
    </message>
    <message>
        <source>One per line: name — phone, address or page</source>
        <translation>Une par ligne&#xa0;: nom — téléphone, adresse ou page</translation>
    </message>
    <message>
        <source>&amp;Print them on the group&apos;s documents</source>
        <translation>&amp;Les imprimer dans les documents du groupe</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>Enre&amp;gistrer</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <source>Meets every</source>
        <translation>Se réunit tous les</translation>
    </message>
    <message>
        <source>Reach out after</source>
        <translation>Relancer après</translation>
    </message>
    <message>
        <source>%1 — facilitated by %2</source>
        <translation>%1 — animé par %2</translation>
    </message>
    <message>
        <source>To reach out to (no news for more than %1 days): %2</source>
        <translation>À relancer (pas de nouvelles depuis plus de %1 jours)&#xa0;: %2</translation>
    </message>
    <message>
        <source>Everyone has been seen recently.</source>
        <translation>Tout le monde a été vu récemment.</translation>
    </message>
    <message>
        <source>charter accepted on %1</source>
        <translation>charte acceptée le %1</translation>
    </message>
    <message>
        <source>charter not accepted yet</source>
        <translation>charte pas encore acceptée</translation>
    </message>
    <message>
        <source>left on %1</source>
        <translation>parti le %1</translation>
    </message>
</context>
<context>
    <name>HelpEntry</name>
    <message>
        <source>The co-development &amp;method…</source>
        <translation>La &amp;méthode du codéveloppement…</translation>
    </message>
    <message>
        <source>The phases, roles and rules, and which format to use.</source>
        <translation>Les phases, les rôles et les règles, et quel format choisir.</translation>
    </message>
</context>
<context>
    <name>HistoryEntry</name>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <source>Past sessions, their notes, and a search over them.</source>
        <translation>Les séances passées, leurs notes, et une recherche parmi elles.</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Historique…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Past sessions and their notes (%1).</source>
        <translation>Les séances passées et leurs notes (%1).</translation>
    </message>
    <message>
        <source>The history opens once the notes database is ready.</source>
        <translation>L’historique s’ouvrira dès que la base de notes sera prête.</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <source>History — Codev</source>
        <translation>Historique — Codev</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Search titles, clients, questions and notes</source>
        <translation>Chercher dans les titres, clients, questions et notes</translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation>Chercher dans l’historique</translation>
    </message>
    <message>
        <source>Past sessions</source>
        <translation>Séances passées</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Choose a session to see its record.</source>
        <translation>Choisissez une séance pour voir ses notes.</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Edit this record</source>
        <translation>Modifier ces notes</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Send to participants…</source>
        <translation>Envoyer aux participants…</translation>
    </message>
    <message>
        <source>Send this session&apos;s documents to the participants</source>
        <translation>Envoyer les documents de cette séance aux participants</translation>
    </message>
    <message>
        <source>Insights…</source>
        <translation>Regards…</translation>
    </message>
    <message>
        <source>Insights on this session and its group (for you only)</source>
        <translation>Regards sur cette séance et son groupe (pour vous seul·e)</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Export this session</source>
        <translation>Exporter cette séance</translation>
    </message>
    <message>
        <source>Delete this session</source>
        <translation>Supprimer cette séance</translation>
    </message>
    <message>
        <source>Delete this session for good? Its notes cannot be brought back.</source>
        <translation>Supprimer cette séance pour de bon&#xa0;? Ses notes ne pourront pas être récupérées.</translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>Supprimer pour de bon</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>La garder</translation>
    </message>
    <message>
        <source>Export this session (%1)</source>
        <translation>Exporter cette séance (%1)</translation>
    </message>
    <message>
        <source>The history cannot be read now.</source>
        <translation>L’historique ne peut pas être lu pour le moment.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) found.</source>
        <translation>
            <numerusform>%n séance trouvée.</numerusform>
            <numerusform>%n séances trouvées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s), newest first.</source>
        <translation>
            <numerusform>%n séance, la plus récente en premier.</numerusform>
            <numerusform>%n séances, les plus récentes en premier.</numerusform>
        </translation>
    </message>
    <message>
        <source>not finished</source>
        <translation>non terminée</translation>
    </message>
    <message>
        <source>timings only</source>
        <translation>durées seulement</translation>
    </message>
    <message>
        <source>notes removed</source>
        <translation>notes effacées</translation>
    </message>
    <message>
        <source>This session cannot be shown.</source>
        <translation>Cette séance ne peut pas être affichée.</translation>
    </message>
    <message>
        <source>client: %1</source>
        <translation>client&#xa0;: %1</translation>
    </message>
    <message>
        <source>facilitator: %1</source>
        <translation>animation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Participants: %1</source>
        <translation>Participants&#xa0;: %1</translation>
    </message>
    <message>
        <source>This session was not finished.</source>
        <translation>Cette séance n’a pas été terminée.</translation>
    </message>
    <message>
        <source>This session is open in the console: shown as last saved; edit it there.</source>
        <translation>Cette séance est ouverte dans la console&#xa0;: voici son dernier enregistrement&#x202f;; modifiez-la là-bas.</translation>
    </message>
    <message>
        <source>Only timings were kept for this session.</source>
        <translation>Seules les durées ont été gardées pour cette séance.</translation>
    </message>
    <message>
        <source>The notes of this session were removed after the time you chose to keep them; its timings stay.</source>
        <translation>Les notes de cette séance ont été effacées au bout de la durée de conservation choisie&#x202f;; ses durées restent.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” was deleted. You can still bring it back for %n second(s).</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» a été supprimée. Vous pouvez encore la récupérer pendant %n seconde.</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» a été supprimée. Vous pouvez encore la récupérer pendant %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler la suppression</translation>
    </message>
    <message>
        <source>The session is back.</source>
        <translation>La séance est revenue.</translation>
    </message>
    <message>
        <source>The session could not be deleted: %1</source>
        <translation>La séance n’a pas pu être supprimée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The session was deleted.</source>
        <translation>La séance a été supprimée.</translation>
    </message>
</context>
<context>
    <name>InsightsWindow</name>
    <message>
        <source>Insights — for you only</source>
        <translation>Regards sur les séances — pour vous seul·e</translation>
    </message>
    <message>
        <source>This session</source>
        <translation>Cette séance</translation>
    </message>
    <message>
        <source>This group&apos;s sessions</source>
        <translation>Les séances du groupe</translation>
    </message>
    <message>
        <source>All your sessions</source>
        <translation>Toutes vos séances</translation>
    </message>
</context>
<context>
    <name>KeyboardMode</name>
    <message>
        <source>Where the keys go</source>
        <translation>Où vont les touches</translation>
    </message>
    <message>
        <source>Typing · Esc: keys to the session</source>
        <translation>Saisie · Échap&#xa0;: touches à la séance</translation>
    </message>
    <message>
        <source>Keys: the session · F1</source>
        <translation>Touches&#xa0;: la séance · F1</translation>
    </message>
</context>
<context>
    <name>LearningsEditor</name>
    <message>
        <source>Appreciation</source>
        <translation>Appréciation</translation>
    </message>
    <message>
        <source>What did you appreciate?</source>
        <translation>Qu’avez-vous apprécié&#xa0;?</translation>
    </message>
    <message>
        <source>Expectations</source>
        <translation>Attentes</translation>
    </message>
    <message>
        <source>What did you expect, what was missing?</source>
        <translation>Qu’attendiez-vous, qu’a-t-il manqué&#xa0;?</translation>
    </message>
    <message>
        <source>Learnings</source>
        <translation>Apprentissages</translation>
    </message>
    <message>
        <source>What did you learn?</source>
        <translation>Qu’avez-vous appris&#xa0;?</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Applications</translation>
    </message>
    <message>
        <source>What will you apply, and when?</source>
        <translation>Qu’allez-vous appliquer, et quand&#xa0;?</translation>
    </message>
    <message>
        <source>4 A</source>
        <translation>4 A</translation>
    </message>
    <message>
        <source>Use the 4 A: appreciation, expectations, learnings, applications</source>
        <translation>Utiliser les 4 A&#xa0;: appréciation, attentes, apprentissages, applications</translation>
    </message>
    <message>
        <source>What do you take away?</source>
        <translation>Qu’emportez-vous de cette séance&#xa0;?</translation>
    </message>
    <message>
        <source>Learning of %1</source>
        <translation>Apprentissage de %1</translation>
    </message>
    <message>
        <source>Add participants to note what each takes away.</source>
        <translation>Ajoutez des participants pour noter ce que chacun retient.</translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <source>Session templates</source>
        <translation>Modèles de séance</translation>
    </message>
    <message>
        <source>Built-in templates are read-only: duplicate one to adapt it. To share a template, export it to a file; to use a colleague’s, import it or drop the file here.</source>
        <translation>Les modèles intégrés sont en lecture seule&#xa0;: dupliquez-en un pour l’adapter. Pour partager un modèle, exportez-le dans un fichier&#x202f;; pour utiliser celui d’un collègue, importez-le ou déposez le fichier ici.</translation>
    </message>
    <message>
        <source>&amp;New template</source>
        <translation>&amp;Nouveau modèle</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>&amp;Templates</source>
        <translation>&amp;Modèles</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Modi&amp;fier</translation>
    </message>
    <message>
        <source>&amp;Duplicate and edit</source>
        <translation>&amp;Dupliquer et modifier</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Files that could not be read</source>
        <translation>Fichiers illisibles</translation>
    </message>
    <message>
        <source>Show the folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message numerus="yes">
        <source>%n phase(s)</source>
        <translation>
            <numerusform>%n phase</numerusform>
            <numerusform>%n phases</numerusform>
        </translation>
    </message>
    <message>
        <source>built-in, read-only</source>
        <translation>intégré, en lecture seule</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>personnel</translation>
    </message>
    <message>
        <source>Built-in template, read-only: duplicate it to adapt it.</source>
        <translation>Modèle intégré, en lecture seule&#xa0;: dupliquez-le pour l’adapter.</translation>
    </message>
    <message>
        <source>Your template.</source>
        <translation>Votre modèle.</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Dupliquer</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in your templates folder could not be read. They are left as they are; the others work normally.</source>
        <translation>
            <numerusform>%n fichier de votre dossier de modèles n’a pas pu être lu. Il est laissé tel quel&#x202f;; les autres fonctionnent normalement.</numerusform>
            <numerusform>%n fichiers de votre dossier de modèles n’ont pas pu être lus. Ils sont laissés tels quels&#x202f;; les autres fonctionnent normalement.</numerusform>
        </translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Nouveau modèle</translation>
    </message>
    <message>
        <source>Changes to “%1” that were not saved have been kept (%2).</source>
        <translation>Les modifications non enregistrées de «&#xa0;%1&#xa0;» ont été gardées (%2).</translation>
    </message>
    <message>
        <source>Resume editing</source>
        <translation>Reprendre la modification</translation>
    </message>
    <message>
        <source>Discard them</source>
        <translation>Les abandonner</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>“%1” is built in and read-only. “Duplicate and edit” makes your own copy.</source>
        <translation>«&#xa0;%1&#xa0;» est intégré et en lecture seule. «&#xa0;Dupliquer et modifier&#xa0;» en fait votre propre copie.</translation>
    </message>
    <message>
        <source>Could not duplicate: %1</source>
        <translation>Duplication impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Delete “%1”? Its file will be removed from your templates.</source>
        <translation>Supprimer «&#xa0;%1&#xa0;»&#x202f;? Son fichier sera retiré de vos modèles.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Le garder</translation>
    </message>
    <message>
        <source>Could not delete: %1</source>
        <translation>Suppression impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>“%1” was deleted.</source>
        <translation>«&#xa0;%1&#xa0;» a été supprimé.</translation>
    </message>
    <message>
        <source>Export a template</source>
        <translation>Exporter un modèle</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>Non exporté&#xa0;: %1</translation>
    </message>
    <message>
        <source>“%1” was exported to %2.</source>
        <translation>«&#xa0;%1&#xa0;» a été exporté dans %2.</translation>
    </message>
    <message>
        <source>Import templates</source>
        <translation>Importer des modèles</translation>
    </message>
    <message>
        <source>“%1” was not imported: built-in templates cannot be replaced.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas été importé&#xa0;: les modèles intégrés ne peuvent pas être remplacés.</translation>
    </message>
    <message>
        <source>“%1” was imported as a copy, named “%2”.</source>
        <translation>«&#xa0;%1&#xa0;» a été importé comme copie, sous le nom «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>“%2” was imported from “%1” and replaces yours.</source>
        <translation>«&#xa0;%2&#xa0;» a été importé depuis «&#xa0;%1&#xa0;» et remplace le vôtre.</translation>
    </message>
    <message>
        <source>“%2” was imported from “%1”.</source>
        <translation>«&#xa0;%2&#xa0;» a été importé depuis «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” was made by a newer version of Codev and was not imported.</source>
        <translation>«&#xa0;%1&#xa0;» a été créé par une version plus récente de Codev et n’a pas été importé.</translation>
    </message>
    <message>
        <source>Nothing was imported from “%1”; the file is left as it is.</source>
        <translation>Rien n’a été importé depuis «&#xa0;%1&#xa0;»&#x202f;; le fichier est laissé tel quel.</translation>
    </message>
    <message>
        <source>You already have a template called “%1” (or with the same id). Import the file as a copy, or replace yours?</source>
        <translation>Vous avez déjà un modèle appelé «&#xa0;%1&#xa0;» (ou avec le même identifiant). Importer le fichier comme copie, ou remplacer le vôtre&#x202f;?</translation>
    </message>
    <message>
        <source>Import as a copy</source>
        <translation>Importer comme copie</translation>
    </message>
    <message>
        <source>Replace mine</source>
        <translation>Remplacer le mien</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>A built-in template is already called “%1” (or has the same id). Built-in templates cannot be replaced: import the file as a copy?</source>
        <translation>Un modèle intégré s’appelle déjà «&#xa0;%1&#xa0;» (ou a le même identifiant). Les modèles intégrés ne peuvent pas être remplacés&#xa0;: importer le fichier comme copie&#x202f;?</translation>
    </message>
    <message>
        <source>“%1” was not imported.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas été importé.</translation>
    </message>
</context>
<context>
    <name>MailSettingsDialog</name>
    <message>
        <source>Mail settings</source>
        <translation>Réglages de messagerie</translation>
    </message>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (en général port 587)</translation>
    </message>
    <message>
        <source>TLS (usually port 465)</source>
        <translation>TLS (en général port 465)</translation>
    </message>
    <message>
        <source>None: a relay on this computer or network only</source>
        <translation>Aucune&#xa0;: seulement un relais sur cet ordinateur ou ce réseau</translation>
    </message>
    <message>
        <source>Check the server&apos;s certificate (recommended)</source>
        <translation>Vérifier le certificat du serveur (recommandé)</translation>
    </message>
    <message>
        <source>Gmail: use an app password (with 2-step verification). Microsoft 365 is turning basic SMTP sign-in off: there, make drafts instead and send them from Outlook.</source>
        <translation>Gmail&#xa0;: utilisez un mot de passe d’application (avec la validation en deux étapes). Microsoft 365 désactive la connexion SMTP simple&#xa0;: préparez plutôt des brouillons et envoyez-les depuis Outlook.</translation>
    </message>
    <message>
        <source>The password is kept in your system&apos;s keyring.</source>
        <translation>Le mot de passe est gardé dans le trousseau de votre système.</translation>
    </message>
    <message>
        <source>No keyring works on this computer: the password is not kept, Codev asks for it when sending.</source>
        <translation>Aucun trousseau ne fonctionne sur cet ordinateur&#xa0;: le mot de passe n’est pas gardé, Codev le demande à l’envoi.</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Serveur</translation>
    </message>
    <message>
        <source>S&amp;ecurity</source>
        <translation>S&amp;écurité</translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation>&amp;Port</translation>
    </message>
    <message>
        <source>&amp;Login (if any)</source>
        <translation>&amp;Identifiant (s’il y en a un)</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>&amp;Mot de passe</translation>
    </message>
    <message>
        <source>&amp;From (your address)</source>
        <translation>&amp;Expéditeur (votre adresse)</translation>
    </message>
    <message>
        <source>Type the server&apos;s name, such as smtp.example.org.</source>
        <translation>Indiquez le nom du serveur, par exemple smtp.example.org.</translation>
    </message>
    <message>
        <source>Type your e-mail address as the sender.</source>
        <translation>Indiquez votre adresse e-mail comme expéditeur.</translation>
    </message>
    <message>
        <source>The port is a number from 1 to 65535.</source>
        <translation>Le port est un nombre de 1 à 65535.</translation>
    </message>
    <message>
        <source>These settings cannot be used.</source>
        <translation>Ces réglages ne peuvent pas être utilisés.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>A part of the window could not be updated. Your notes are safe; the details are in the log.</source>
        <extracomment>Emitted once, when the window has been painted for the first time.</extracomment>
        <translation>Une partie de la fenêtre n’a pas pu être mise à jour. Vos notes sont en sécurité&#xa0;; le détail est dans le journal.</translation>
    </message>
    <message>
        <source>&amp;New session…</source>
        <translation>&amp;Nouvelle séance…</translation>
    </message>
    <message>
        <source>Choose a template and the participants, then start.</source>
        <translation>Choisissez un modèle et les participants, puis démarrez.</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Write the session&apos;s documents: for participants, for you, open formats.</source>
        <translation>Écrire les documents de la séance&#xa0;: pour les participants, pour vous, en formats ouverts.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>Langue du &amp;système</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About Codev</source>
        <translation>À &amp;propos de Codev</translation>
    </message>
    <message>
        <source>Main menu</source>
        <translation>Menu principal</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Séance</translation>
    </message>
    <message>
        <source>S&amp;ettings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>The language could not be saved: %1</source>
        <translation>La langue n’a pas pu être enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved. Codev will use this language the next time it starts.</source>
        <translation>C’est enregistré. Codev utilisera cette langue à son prochain démarrage.</translation>
    </message>
    <message>
        <source>Alt and the underlined letter opens a menu.</source>
        <translation>Alt suivi de la lettre soulignée ouvre un menu.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>A calm companion for co-development sessions: phases, time and notes, beside your video call.</source>
        <translation>Un compagnon serein pour vos séances de codéveloppement&#xa0;: phases, temps et notes, à côté de votre visioconférence.</translation>
    </message>
    <message>
        <source>Your notes stay on this computer.</source>
        <translation>Vos notes restent sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Text is set in Noto Sans, under the SIL Open Font License.</source>
        <translation>Les textes sont composés en Noto Sans, sous licence SIL Open Font License.</translation>
    </message>
    <message>
        <source>About Codev</source>
        <translation>À propos de Codev</translation>
    </message>
    <message>
        <source>A session is open. End it and close it before starting another one.</source>
        <translation>Une séance est ouverte. Terminez-la et fermez-la avant d’en commencer une autre.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>This is the last phase. Use “End session” when you are done.</source>
        <translation>C’est la dernière phase. Utilisez «&#xa0;Terminer la séance&#xa0;» quand vous avez fini.</translation>
    </message>
    <message>
        <source>This is the first phase: there is no phase before it.</source>
        <translation>C’est la première phase&#xa0;: il n’y a pas de phase avant.</translation>
    </message>
    <message>
        <source>The session has not started yet.</source>
        <translation>La séance n’a pas encore commencé.</translation>
    </message>
    <message>
        <source>The session has already started.</source>
        <translation>La séance a déjà commencé.</translation>
    </message>
    <message>
        <source>The session is over. You can still undo the last action.</source>
        <translation>La séance est terminée. Vous pouvez encore annuler la dernière action.</translation>
    </message>
    <message>
        <source>The timer is already paused.</source>
        <translation>Le minuteur est déjà en pause.</translation>
    </message>
    <message>
        <source>The timer is already running.</source>
        <translation>Le minuteur tourne déjà.</translation>
    </message>
    <message>
        <source>There is nothing to undo.</source>
        <translation>Il n’y a rien à annuler.</translation>
    </message>
    <message>
        <source>Your co-facilitator has changed this since: it cannot be taken back alone.</source>
        <translation>Votre co-animateur a modifié cela depuis&#xa0;: impossible de l’annuler seul.</translation>
    </message>
    <message>
        <source>Another phase is current now (your co-facilitator moved first).</source>
        <translation>Une autre phase est en cours (votre co-animateur est passé avant vous).</translation>
    </message>
    <message>
        <source>A phase cannot be shorter than one minute.</source>
        <translation>Une phase ne peut pas durer moins d’une minute.</translation>
    </message>
    <message>
        <source>The phase this choice prepares has already begun: the choice stays as it was.</source>
        <translation>La phase que prépare ce choix a déjà commencé&#xa0;: le choix reste tel qu’il était.</translation>
    </message>
    <message>
        <source>This phase is not part of the session.</source>
        <translation>Cette phase ne fait pas partie de la séance.</translation>
    </message>
    <message>
        <source>Nobody present may speak in this phase.</source>
        <translation>Aucune personne présente ne peut parler dans cette phase.</translation>
    </message>
    <message>
        <source>Everyone has spoken in this round. Start another round if needed.</source>
        <translation>Tout le monde a parlé dans ce tour. Lancez un autre tour si besoin.</translation>
    </message>
    <message>
        <source>There is no round yet: start a round first.</source>
        <translation>Il n’y a pas encore de tour&#xa0;: lancez d’abord un tour.</translation>
    </message>
    <message>
        <source>Nobody is waiting to speak.</source>
        <translation>Personne n’attend pour parler.</translation>
    </message>
    <message>
        <source>The client listens in this phase: only the consultants speak.</source>
        <translation>Le client écoute pendant cette phase&#xa0;: seuls les consultants parlent.</translation>
    </message>
    <message>
        <source>This person does not speak in this phase.</source>
        <translation>Cette personne ne parle pas dans cette phase.</translation>
    </message>
    <message>
        <source>This person has already had a turn in this round. A new round gives everyone a turn again.</source>
        <translation>Cette personne a déjà eu son tour. Un nouveau tour de table redonne la parole à chacun.</translation>
    </message>
    <message>
        <source>This person already has the floor.</source>
        <translation>Cette personne a déjà la parole.</translation>
    </message>
    <message>
        <source>This person&apos;s hand is already raised.</source>
        <translation>Cette personne a déjà la main levée.</translation>
    </message>
    <message>
        <source>This person has not raised a hand.</source>
        <translation>Cette personne n’a pas levé la main.</translation>
    </message>
    <message>
        <source>This does not apply to the current way of taking turns.</source>
        <translation>Cela ne s’applique pas à la façon actuelle de donner la parole.</translation>
    </message>
    <message>
        <source>Nobody has the floor.</source>
        <translation>Personne n’a la parole.</translation>
    </message>
    <message>
        <source>Nobody else is left to speak in this round.</source>
        <translation>Plus personne d’autre n’a à parler dans ce tour.</translation>
    </message>
    <message>
        <source>No participant has this number.</source>
        <translation>Aucun participant n’a ce numéro.</translation>
    </message>
    <message>
        <source>This person is not present.</source>
        <translation>Cette personne n’est pas présente.</translation>
    </message>
    <message>
        <source>Their arrival or departure is already noted: tick or untick Here to change it.</source>
        <translation>Son arrivée ou son départ est déjà noté&#xa0;: cochez ou décochez «&#xa0;Présent&#xa0;» pour le changer.</translation>
    </message>
    <message>
        <source>This person is already here.</source>
        <translation>Cette personne est déjà là.</translation>
    </message>
    <message>
        <source>Someone else is already the client. Choose the client in the list.</source>
        <translation>Quelqu’un d’autre est déjà le client. Choisissez le client dans la liste.</translation>
    </message>
    <message>
        <source>Someone else already has this number.</source>
        <translation>Quelqu’un d’autre a déjà ce numéro.</translation>
    </message>
    <message>
        <source>Numbers go from 1 to 9.</source>
        <translation>Les numéros vont de 1 à 9.</translation>
    </message>
    <message>
        <source>This name is too long.</source>
        <translation>Ce nom est trop long.</translation>
    </message>
    <message>
        <source>This person is no longer in the list.</source>
        <translation>Cette personne n’est plus dans la liste.</translation>
    </message>
    <message>
        <source>Please type a name.</source>
        <translation>Veuillez saisir un nom.</translation>
    </message>
    <message>
        <source>Someone already has this name.</source>
        <translation>Quelqu’un porte déjà ce nom.</translation>
    </message>
    <message>
        <source>This session plan cannot be run: {detail}</source>
        <translation>Ce déroulé de séance ne peut pas être lancé&#xa0;: {detail}</translation>
    </message>
</context>
<context>
    <name>ModuleChoice</name>
    <message>
        <source>The method is being chosen.</source>
        <translation>La méthode est en train d’être choisie.</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>Méthode choisie&#xa0;: %1</translation>
    </message>
    <message>
        <source>Choose the module (it sets the next phase, %1):</source>
        <translation>Choisissez le module (il règle la phase suivante, %1)&#xa0;:</translation>
    </message>
    <message>
        <source>Chosen: %1. %2</source>
        <translation>Choisi&#xa0;: %1. %2</translation>
    </message>
    <message>
        <source>No module chosen yet.</source>
        <translation>Aucun module choisi pour l’instant.</translation>
    </message>
</context>
<context>
    <name>NewSessionPage</name>
    <message>
        <source>New session</source>
        <translation>Nouvelle séance</translation>
    </message>
    <message>
        <source>Session template</source>
        <translation>Modèle de séance</translation>
    </message>
    <message>
        <source>Type a name, then press Enter</source>
        <translation>Tapez un nom, puis appuyez sur Entrée</translation>
    </message>
    <message>
        <source>Add a participant</source>
        <translation>Ajouter un participant</translation>
    </message>
    <message>
        <source>E-mail (optional)</source>
        <translation>E-mail (facultatif)</translation>
    </message>
    <message>
        <source>E-mail address of this participant</source>
        <translation>Adresse e-mail de ce participant</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Remove the selected participant</source>
        <translation>Retirer le participant sélectionné</translation>
    </message>
    <message>
        <source>Same people as last time (%1)</source>
        <translation>Les mêmes personnes que la dernière fois (%1)</translation>
    </message>
    <message>
        <source>Same people as last time</source>
        <translation>Les mêmes personnes que la dernière fois</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Choose later</source>
        <translation>Choisir plus tard</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>If already known</source>
        <translation>S’il est déjà connu</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>&amp;Timers only: keep the timings, no notes</source>
        <translation>Minuteurs s&amp;eulement&#xa0;: garder les durées, sans notes</translation>
    </message>
    <message>
        <source>Timers only</source>
        <translation>Minuteurs seulement</translation>
    </message>
    <message>
        <source>Start the session</source>
        <translation>Démarrer la séance</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Te&amp;mplate</source>
        <translation>&amp;Modèle</translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation>Part&amp;icipants</translation>
    </message>
    <message>
        <source>&amp;Client</source>
        <translation>&amp;Client</translation>
    </message>
    <message>
        <source>T&amp;opic</source>
        <translation>S&amp;ujet</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation>&amp;Groupe</translation>
    </message>
    <message numerus="yes">
        <source>%n phase(s)</source>
        <translation>
            <numerusform>%n phase</numerusform>
            <numerusform>%n phases</numerusform>
        </translation>
    </message>
    <message>
        <source>This is not an e-mail address: check it, or leave it empty.</source>
        <translation>Ce n’est pas une adresse e-mail&#xa0;: vérifiez-la, ou laissez le champ vide.</translation>
    </message>
    <message>
        <source>Choose a template first.</source>
        <translation>Choisissez d’abord un modèle.</translation>
    </message>
    <message>
        <source>Nobody is listed: the session will keep the timings only (no turns, no notes). Press Ctrl+Enter again to start it like that, or add names.</source>
        <translation>Personne n’est inscrit&#xa0;: la séance ne gardera que les durées (ni tours de parole, ni notes). Appuyez de nouveau sur Ctrl+Entrée pour la commencer ainsi, ou ajoutez des noms.</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>Check-in</source>
        <translation>Météo</translation>
    </message>
    <message>
        <source>How is everyone arriving today?</source>
        <translation>Comment chacun arrive-t-il aujourd’hui&#xa0;?</translation>
    </message>
    <message>
        <source>Follow-up of the previous action plan</source>
        <translation>Retour sur le plan d’action précédent</translation>
    </message>
    <message>
        <source>What did the previous client try, and what came of it?</source>
        <translation>Qu’a essayé le client précédent, et qu’en est-il ressorti&#xa0;?</translation>
    </message>
    <message>
        <source>Case title</source>
        <translation>Titre du cas</translation>
    </message>
    <message>
        <source>A few words to find the case again</source>
        <translation>Quelques mots pour retrouver le cas</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>En une phrase</translation>
    </message>
    <message>
        <source>The case in one line</source>
        <translation>Le cas résumé en une ligne</translation>
    </message>
    <message>
        <source>The client’s question</source>
        <translation>La question du client</translation>
    </message>
    <message>
        <source>The question the client brings, in their words</source>
        <translation>La question que le client apporte, avec ses mots</translation>
    </message>
    <message>
        <source>Key facts</source>
        <translation>Faits clés</translation>
    </message>
    <message>
        <source>What the clarification brought to light</source>
        <translation>Ce que la clarification a mis en lumière</translation>
    </message>
    <message>
        <source>The precise request</source>
        <translation>La demande précise</translation>
    </message>
    <message>
        <source>What the client asks of the group, now</source>
        <translation>Ce que le client demande au groupe, maintenant</translation>
    </message>
    <message>
        <source>Notes on the contract</source>
        <translation>Notes sur le contrat</translation>
    </message>
    <message>
        <source>Anything else agreed for the consultation</source>
        <translation>Ce qui a été convenu d’autre pour la consultation</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation>Idées</translation>
    </message>
    <message>
        <source>Experiences</source>
        <translation>Expériences</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Retours</translation>
    </message>
    <message>
        <source>Hypotheses</source>
        <translation>Hypothèses</translation>
    </message>
    <message>
        <source>Help wanted: %1</source>
        <translation>Aide souhaitée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Private — never exported for participants</source>
        <translation>Privé — jamais exporté pour les participants</translation>
    </message>
    <message>
        <source>My private notes</source>
        <translation>Mes notes privées</translation>
    </message>
    <message>
        <source>Only you see these notes.</source>
        <translation>Ces notes ne sont visibles que par vous.</translation>
    </message>
    <message>
        <source>My private notes (never exported for participants)</source>
        <translation>Mes notes privées (jamais exportées pour les participants)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Help wanted</source>
        <translation>Aide souhaitée</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Suggestions</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Plan d’action</translation>
    </message>
    <message>
        <source>Learnings</source>
        <translation>Apprentissages</translation>
    </message>
    <message>
        <source>Show the notes of</source>
        <translation>Afficher les notes de</translation>
    </message>
    <message>
        <source>Notes of</source>
        <translation>Notes de</translation>
    </message>
    <message>
        <source>Nothing was noted.</source>
        <translation>Rien n’a été noté.</translation>
    </message>
    <message>
        <source>Only timings are kept for this session.</source>
        <translation>Seules les durées sont gardées pour cette séance.</translation>
    </message>
    <message>
        <source>The group chose to keep no notes: phase and speaking times are still measured.</source>
        <translation>Le groupe a choisi de ne garder aucune note&#xa0;: les durées des phases et les temps de parole sont toujours mesurés.</translation>
    </message>
    <message>
        <source>All notes</source>
        <translation>Toutes les notes</translation>
    </message>
    <message>
        <source>This phase has no notes of its own: here is the whole record.</source>
        <translation>Cette phase n’a pas de notes propres&#xa0;: voici toutes les notes.</translation>
    </message>
    <message>
        <source>The plan of %1 (%2):</source>
        <translation>Le plan de %1 (%2)&#xa0;:</translation>
    </message>
    <message>
        <source>the client</source>
        <translation>le client</translation>
    </message>
</context>
<context>
    <name>PeopleGrid</name>
    <message>
        <source>e-mail (optional)</source>
        <translation>e-mail (facultatif)</translation>
    </message>
    <message>
        <source>E-mail address of %1</source>
        <translation>Adresse e-mail de %1</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Preview what %1 receives</source>
        <translation>Aperçu de ce que reçoit %1</translation>
    </message>
    <message>
        <source>This is not an e-mail address: check it.</source>
        <translation>Ce n’est pas une adresse e-mail&#xa0;: vérifiez-la.</translation>
    </message>
</context>
<context>
    <name>PhaseCard</name>
    <message>
        <source>“%1”</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Phase details</source>
        <translation>Détails de la phase</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
    <message>
        <source>To open the phase, you can say:</source>
        <translation>Pour ouvrir la phase, vous pouvez dire&#xa0;:</translation>
    </message>
    <message>
        <source>To close it:</source>
        <translation>Pour la clore&#xa0;:</translation>
    </message>
    <message>
        <source>The session is over. Thank everyone for their time.</source>
        <translation>La séance est terminée. Remerciez chacun pour son temps.</translation>
    </message>
    <message>
        <source>A break. The timer shows when the group comes back.</source>
        <translation>Une pause. Le minuteur indique l’heure du retour du groupe.</translation>
    </message>
    <message>
        <source>Shown</source>
        <translation>Affiché</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Masqué</translation>
    </message>
</context>
<context>
    <name>PhaseRail</name>
    <message>
        <source>Phases</source>
        <translation>Phases</translation>
    </message>
    <message>
        <source>Click a phase or press Enter on it to go to that phase.</source>
        <translation>Cliquez sur une phase, ou appuyez sur Entrée dessus, pour y aller.</translation>
    </message>
    <message>
        <source>current phase</source>
        <translation>phase en cours</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>sautée</translation>
    </message>
    <message>
        <source>to come</source>
        <translation>à venir</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>RecordItems</name>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Bring back what was removed</source>
        <translation>Remettre ce qui a été retiré</translation>
    </message>
</context>
<context>
    <name>RecordPeople</name>
    <message>
        <source>Unknown</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <source>Someone who left</source>
        <translation>Une personne partie</translation>
    </message>
    <message>
        <source>client</source>
        <translation>client</translation>
    </message>
    <message>
        <source>consultant</source>
        <translation>consultant</translation>
    </message>
    <message>
        <source>facilitator</source>
        <translation>animateur</translation>
    </message>
    <message>
        <source>co-facilitator</source>
        <translation>co-animateur</translation>
    </message>
    <message>
        <source>secretary</source>
        <translation>secrétaire</translation>
    </message>
    <message>
        <source>moderator</source>
        <translation>modérateur</translation>
    </message>
    <message>
        <source>process observer</source>
        <translation>observateur du processus</translation>
    </message>
    <message>
        <source>timekeeper</source>
        <translation>gardien du temps</translation>
    </message>
</context>
<context>
    <name>RecoveryBanner</name>
    <message>
        <source>The backup %1 is damaged too; it was not used.</source>
        <translation>La sauvegarde %1 est endommagée elle aussi&#x202f;; elle n’a pas été utilisée.</translation>
    </message>
    <message>
        <source>Codev found a damaged database and set it aside as %1. Your sessions up to %2 are restored from a backup; anything written after that is only in the file set aside.</source>
        <translation>Codev a trouvé une base de données endommagée et l’a mise de côté sous le nom %1. Vos séances jusqu’au %2 sont restaurées depuis une sauvegarde&#x202f;; ce qui a été écrit après ne se trouve que dans le fichier mis de côté.</translation>
    </message>
    <message>
        <source>Codev found a damaged database and set it aside as %1. There was no usable backup, so Codev starts with an empty database.</source>
        <translation>Codev a trouvé une base de données endommagée et l’a mise de côté sous le nom %1. Il n’y avait aucune sauvegarde utilisable, Codev démarre donc avec une base de données vide.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>ResumeBanner</name>
    <message>
        <source>%1:%2</source>
        <translation>%1&#xa0;h&#xa0;%2</translation>
    </message>
    <message>
        <source>A session was interrupted on %1 at %2.</source>
        <translation>Une séance a été interrompue le %1 à %2.</translation>
    </message>
    <message>
        <source>Resume</source>
        <extracomment>Resume (True: paused). Not now: asked again at the next start. Discard: the session is ended as it stands; its notes stay in the history.</extracomment>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>The timer goes on as if Codev had never stopped.</source>
        <translation>Le minuteur continue comme si Codev ne s’était jamais arrêté.</translation>
    </message>
    <message>
        <source>Resume paused</source>
        <translation>Reprendre en pause</translation>
    </message>
    <message>
        <source>The timer waits where it was; start it again when ready.</source>
        <translation>Le minuteur attend là où il en était&#x202f;; relancez-le quand le groupe est prêt.</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <source>Codev asks again the next time it starts.</source>
        <translation>Codev vous le proposera de nouveau au prochain démarrage.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Do not resume: the session ends as it stands. Its notes stay in the history.</source>
        <translation>Ne pas reprendre&#xa0;: la séance se termine telle quelle. Ses notes restent dans l’historique.</translation>
    </message>
    <message>
        <source>A session was interrupted at %1.</source>
        <translation>Une séance a été interrompue à %1.</translation>
    </message>
</context>
<context>
    <name>RetentionMenu</name>
    <message>
        <source>&amp;Keep session notes for</source>
        <translation>&amp;Conserver les notes des séances</translation>
    </message>
    <message>
        <source>&amp;No limit (until I delete them)</source>
        <translation>&amp;Sans limite (jusqu’à ce que je les supprime)</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mois</numerusform>
            <numerusform>%n mois</numerusform>
        </translation>
    </message>
    <message>
        <source>The setting could not be saved: %1</source>
        <translation>Le réglage n’a pas pu être enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved. Codev keeps session notes until you delete them.</source>
        <translation>Enregistré. Codev garde les notes des séances jusqu’à ce que vous les supprimiez.</translation>
    </message>
    <message numerus="yes">
        <source>Saved. From the next start, Codev removes the notes of sessions older than %n month(s); their timings stay.</source>
        <translation>
            <numerusform>Enregistré. Dès le prochain démarrage, Codev efface les notes des séances de plus de %n mois&#x202f;; leurs durées restent.</numerusform>
            <numerusform>Enregistré. Dès le prochain démarrage, Codev efface les notes des séances de plus de %n mois&#x202f;; leurs durées restent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoleMenu</name>
    <message>
        <source>Give a role</source>
        <translation>Donner un rôle</translation>
    </message>
    <message>
        <source>Give a role to… (their number)</source>
        <translation>Donner un rôle à… (son numéro)</translation>
    </message>
    <message>
        <source>Which role? (its number)</source>
        <translation>Quel rôle&#xa0;? (son numéro)</translation>
    </message>
    <message>
        <source>Nobody has a number</source>
        <translation>Personne n’a de numéro</translation>
    </message>
</context>
<context>
    <name>RoleNotes</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>What each role does now</source>
        <translation>Ce que fait chaque rôle maintenant</translation>
    </message>
</context>
<context>
    <name>SavingBanner</name>
    <message>
        <source>the disk is full (free some space and Codev saves at once)</source>
        <translation>le disque est plein (libérez de la place et Codev enregistre aussitôt)</translation>
    </message>
    <message>
        <source>its folder cannot be written to any more</source>
        <translation>son dossier n’accepte plus l’écriture</translation>
    </message>
    <message>
        <source>another program is holding its database</source>
        <translation>un autre programme bloque sa base de données</translation>
    </message>
    <message>
        <source>its database is damaged</source>
        <translation>sa base de données est endommagée</translation>
    </message>
    <message>
        <source>the disk cannot be written to (is it still connected?)</source>
        <translation>impossible d’écrire sur le disque (est-il toujours branché&#xa0;?)</translation>
    </message>
    <message>
        <source>an unexpected storage error</source>
        <translation>une erreur d’enregistrement inattendue</translation>
    </message>
    <message>
        <source>Codev cannot save right now: %1.</source>
        <translation>Codev ne peut pas enregistrer pour le moment&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Your notes are kept in memory and will be saved as soon as possible. Keep Codev open.</source>
        <translation>Vos notes sont gardées en mémoire et seront enregistrées dès que possible. Laissez Codev ouvert.</translation>
    </message>
</context>
<context>
    <name>SessionClock</name>
    <message>
        <source>Session time</source>
        <translation>Temps de la séance</translation>
    </message>
    <message>
        <source>End of the session</source>
        <translation>Fin de la séance</translation>
    </message>
    <message>
        <source>&amp;Keep the end time</source>
        <translation>&amp;Garder l’heure de fin</translation>
    </message>
    <message>
        <source>Keep the end time</source>
        <translation>Garder l’heure de fin</translation>
    </message>
    <message>
        <source>When a phase runs long, the phases after it get shorter so the session ends on time (never below one minute).</source>
        <translation>Quand une phase déborde, les phases suivantes raccourcissent pour que la séance finisse à l’heure (jamais moins d’une minute).</translation>
    </message>
</context>
<context>
    <name>SessionKeeping</name>
    <message>
        <source>Codev can save again.</source>
        <extracomment>How long after the database opens the retention and the daily backup run (no session open). Seconds between a change and its save (tests may shorten it). True once the housekeeping&apos;s report came back (see :meth:`housekeeping`).</extracomment>
        <translation>Codev peut de nouveau enregistrer.</translation>
    </message>
    <message>
        <source>Codev could not save this session, so it stays open. Free some space or check the disk, then close it again.</source>
        <translation>Codev n’a pas pu enregistrer cette séance, elle reste donc ouverte. Libérez de la place ou vérifiez le disque, puis fermez-la de nouveau.</translation>
    </message>
    <message>
        <source>Codev could not save the last changes. Keep Codev open: it tries again every few seconds. To quit anyway (the last changes would be lost), close it again.</source>
        <translation>Codev n’a pas pu enregistrer les dernières modifications. Laissez Codev ouvert&#xa0;: il réessaie toutes les quelques secondes. Pour quitter malgré tout (les dernières modifications seraient perdues), fermez-le de nouveau.</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>pas commencée</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>This session cannot be resumed; it stays in the history.</source>
        <translation>Cette séance ne peut pas être reprise&#x202f;; elle reste dans l’historique.</translation>
    </message>
    <message>
        <source>The interrupted session was ended; its notes are in the history.</source>
        <translation>La séance interrompue a été terminée&#x202f;; ses notes sont dans l’historique.</translation>
    </message>
    <message>
        <source>Codev found damage in its database %1. It has not changed the file and made no backup of it. Quit Codev and start it again: Codev will then set the file aside and start from its newest sound backup.</source>
        <translation>Codev a trouvé des dommages dans sa base de données %1. Il n’a pas modifié le fichier et n’en a pas fait de sauvegarde. Quittez Codev et relancez-le&#xa0;: Codev mettra alors le fichier de côté et repartira de sa dernière sauvegarde intacte.</translation>
    </message>
    <message>
        <source>Resume and share again</source>
        <translation>Reprendre et partager à nouveau</translation>
    </message>
    <message>
        <source>Resume and join the sharing again</source>
        <translation>Reprendre et rejoindre le partage</translation>
    </message>
    <message>
        <source>Resume and join %1 again</source>
        <translation>Reprendre et rejoindre %1</translation>
    </message>
</context>
<context>
    <name>SettingsWindow</name>
    <message>
        <source>Settings — Codev</source>
        <extracomment>The settings as saved after a change.</extracomment>
        <translation>Réglages — Codev</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>Every change is saved at once.</source>
        <translation>Chaque changement est enregistré aussitôt.</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>As printed on the documents</source>
        <translation>Tel qu’imprimé sur les documents</translation>
    </message>
    <message>
        <source>No warning</source>
        <translation>Pas d’alerte</translation>
    </message>
    <message>
        <source>The gentle warning comes when this share of a phase is left.</source>
        <translation>L’alerte douce vient quand il reste cette part de la phase.</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sans limite</translation>
    </message>
    <message>
        <source>For rounds and raised hands, when the template sets no time per speaker. In minutes (3) or minutes and seconds (1:30).</source>
        <translation>Pour les tours de table et les mains levées, quand le modèle ne fixe pas de temps par personne. En minutes (3) ou en minutes et secondes (1 min 30).</translation>
    </message>
    <message>
        <source>Play a &amp;chime at the end of a phase</source>
        <translation>Faire sonner un &amp;carillon à la fin d’une phase</translation>
    </message>
    <message>
        <source>Until I delete them</source>
        <translation>Jusqu’à ce que je les supprime</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mois</numerusform>
            <numerusform>%n mois</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Your name</source>
        <translation>&amp;Votre nom</translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation>&amp;Modèle</translation>
    </message>
    <message>
        <source>Gentle &amp;warning</source>
        <translation>&amp;Alerte douce</translation>
    </message>
    <message>
        <source>Time per &amp;speaker</source>
        <translation>&amp;Temps par personne</translation>
    </message>
    <message>
        <source>Chime &amp;volume</source>
        <translation>V&amp;olume du carillon</translation>
    </message>
    <message>
        <source>&amp;Keep notes for</source>
        <translation>&amp;Garder les notes</translation>
    </message>
    <message>
        <source>Language of the interface</source>
        <translation>Langue de l’interface</translation>
    </message>
    <message>
        <source>Your name, as facilitator</source>
        <translation>Votre nom, comme animateur ou animatrice</translation>
    </message>
    <message>
        <source>Template proposed for a new session</source>
        <translation>Modèle proposé pour une nouvelle séance</translation>
    </message>
    <message>
        <source>Gentle warning, share of the phase left</source>
        <translation>Alerte douce, part de la phase restante</translation>
    </message>
    <message>
        <source>Time per speaker, by default</source>
        <translation>Temps par personne, par défaut</translation>
    </message>
    <message>
        <source>Play a chime at the end of a phase</source>
        <translation>Faire sonner un carillon à la fin d’une phase</translation>
    </message>
    <message>
        <source>Chime volume</source>
        <translation>Volume du carillon</translation>
    </message>
    <message>
        <source>Keep session notes for</source>
        <translation>Garder les notes des séances</translation>
    </message>
    <message>
        <source>Used the next time Codev starts.</source>
        <translation>Pris en compte au prochain démarrage de Codev.</translation>
    </message>
    <message>
        <source>Printed on the documents of the sessions you start from now on.</source>
        <translation>Imprimé sur les documents des séances que vous commencez à partir de maintenant.</translation>
    </message>
    <message>
        <source>Older finished sessions lose their notes at the next start; timings stay.</source>
        <translation>Les séances terminées plus anciennes perdent leurs notes au prochain démarrage&#xa0;; les durées restent.</translation>
    </message>
    <message>
        <source>A time per speaker is at least 10 seconds.</source>
        <translation>Un temps par personne dure au moins 10 secondes.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>Language, your name, the chime, default times, how long notes are kept.</source>
        <translation>Langue, votre nom, le carillon, les temps par défaut, la durée de conservation des notes.</translation>
    </message>
</context>
<context>
    <name>ShareWindow</name>
    <message>
        <source>Codev – shared view</source>
        <translation>Codev – vue partagée</translation>
    </message>
    <message>
        <source>Who speaks next</source>
        <translation>Qui parle ensuite</translation>
    </message>
    <message>
        <source>Who speaks after</source>
        <translation>Qui parle après</translation>
    </message>
    <message>
        <source>Speaking now: %1</source>
        <translation>À la parole&#xa0;: %1</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Ensuite&#xa0;: %1</translation>
    </message>
    <message>
        <source>Then: %1</source>
        <translation>Puis&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>SpeakerClock</name>
    <message>
        <source>Nobody has the floor</source>
        <translation>Personne n’a la parole</translation>
    </message>
    <message>
        <source>spoken, no time limit</source>
        <translation>parlé, sans limite</translation>
    </message>
    <message>
        <source>over time</source>
        <translation>de dépassement</translation>
    </message>
    <message>
        <source>left · nearly over</source>
        <translation>restantes · bientôt fini</translation>
    </message>
    <message>
        <source>left</source>
        <translation>restantes</translation>
    </message>
    <message>
        <source>%1 · paused</source>
        <translation>%1 · en pause</translation>
    </message>
    <message>
        <source>Speaker&apos;s time left, as a disk</source>
        <translation>Temps restant de l’intervenant, en disque</translation>
    </message>
    <message>
        <source>Who has the floor</source>
        <translation>Qui a la parole</translation>
    </message>
    <message>
        <source>Speaker&apos;s time</source>
        <translation>Temps de l’intervenant</translation>
    </message>
    <message>
        <source>Speaker&apos;s time in words</source>
        <translation>Temps de l’intervenant, en mots</translation>
    </message>
</context>
<context>
    <name>SpeakerPanel</name>
    <message>
        <source>client</source>
        <translation>client</translation>
    </message>
    <message>
        <source>consultant</source>
        <translation>consultant</translation>
    </message>
    <message>
        <source>facilitator</source>
        <translation>animateur</translation>
    </message>
    <message>
        <source>co-facilitator</source>
        <translation>co-animateur</translation>
    </message>
    <message>
        <source>secretary</source>
        <translation>secrétaire</translation>
    </message>
    <message>
        <source>timekeeper</source>
        <translation>gardien du temps</translation>
    </message>
    <message>
        <source>moderator</source>
        <translation>modérateur</translation>
    </message>
    <message>
        <source>process observer</source>
        <translation>observateur du processus</translation>
    </message>
    <message>
        <source>As listed</source>
        <translation>Dans l’ordre de la liste</translation>
    </message>
    <message>
        <source>Shuffled</source>
        <translation>Au hasard</translation>
    </message>
    <message>
        <source>Client first</source>
        <translation>Le client d’abord</translation>
    </message>
    <message>
        <source>Client last</source>
        <translation>Le client en dernier</translation>
    </message>
    <message>
        <source>First raised, first heard</source>
        <translation>Dans l’ordre des mains levées</translation>
    </message>
    <message>
        <source>Least spoken first</source>
        <translation>Qui a le moins parlé d’abord</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Libre</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Tour de table</translation>
    </message>
    <message>
        <source>Raised hands</source>
        <translation>Mains levées</translation>
    </message>
    <message>
        <source>the client</source>
        <translation>le client</translation>
    </message>
    <message>
        <source>the consultants</source>
        <translation>les consultants</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>tout le monde</translation>
    </message>
    <message>
        <source>the facilitator</source>
        <translation>l’animateur</translation>
    </message>
    <message>
        <source>Who may speak: %1.</source>
        <translation>Qui parle&#xa0;: %1.</translation>
    </message>
    <message>
        <source>left</source>
        <translation>parti</translation>
    </message>
    <message>
        <source>not here</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>listens</source>
        <translation>écoute</translation>
    </message>
    <message>
        <source>speaking</source>
        <translation>a la parole</translation>
    </message>
    <message>
        <source>next</source>
        <translation>ensuite</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>attend son tour</translation>
    </message>
    <message>
        <source>has spoken</source>
        <translation>a parlé</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>a passé</translation>
    </message>
    <message>
        <source>hand raised · %1</source>
        <translation>main levée · %1</translation>
    </message>
    <message>
        <source>Nobody present may speak in this phase.</source>
        <translation>Personne de présent ne parle pendant cette phase.</translation>
    </message>
    <message>
        <source>The round will be: %1</source>
        <translation>Le tour de table sera&#xa0;: %1</translation>
    </message>
    <message>
        <source>Round %1 is over. Next round: %2</source>
        <translation>Le tour %1 est fini. Tour suivant&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 (spoke)</source>
        <translation>%1 (a parlé)</translation>
    </message>
    <message>
        <source>%1 (passed)</source>
        <translation>%1 (a passé)</translation>
    </message>
    <message>
        <source>%1 (speaking)</source>
        <translation>%1 (a la parole)</translation>
    </message>
    <message>
        <source>Round %1: %2</source>
        <translation>Tour %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Présent</translation>
    </message>
    <message>
        <source>number %1</source>
        <translation>numéro %1</translation>
    </message>
    <message>
        <source>Press %1 or click: gives the floor, or raises a hand.</source>
        <translation>Touche %1 ou clic&#xa0;: donne la parole, ou lève la main.</translation>
    </message>
    <message>
        <source>Click: gives the floor, or raises a hand.</source>
        <translation>Clic&#xa0;: donne la parole, ou lève la main.</translation>
    </message>
    <message>
        <source>Role of %1</source>
        <translation>Rôle de %1</translation>
    </message>
    <message>
        <source>%1 is here</source>
        <translation>%1 est présent</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Way of taking turns</source>
        <translation>Façon de donner la parole</translation>
    </message>
    <message>
        <source>Turns</source>
        <translation>Parole</translation>
    </message>
    <message>
        <source>Order of the round</source>
        <translation>Ordre du tour de table</translation>
    </message>
    <message>
        <source>The order of the next round, shown below before it starts.</source>
        <translation>L’ordre du prochain tour de table, affiché en dessous avant qu’il commence.</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Au suivant</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Passe</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>New round</source>
        <translation>Nouveau tour</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Ordre</translation>
    </message>
    <message>
        <source>Order of raised hands</source>
        <translation>Ordre des mains levées</translation>
    </message>
    <message>
        <source>Give the floor</source>
        <translation>Donner la parole</translation>
    </message>
    <message>
        <source>Hands</source>
        <translation>Mains</translation>
    </message>
    <message>
        <source>Time per speaker</source>
        <translation>Temps par personne</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Edit roles and presence</source>
        <translation>Modifier les rôles et les présences</translation>
    </message>
    <message>
        <source>Change roles, mark who left or came back, add a latecomer.</source>
        <translation>Changer les rôles, noter qui part ou revient, ajouter un retardataire.</translation>
    </message>
    <message>
        <source>Someone arriving late</source>
        <translation>Un retardataire</translation>
    </message>
    <message>
        <source>Name of someone arriving late</source>
        <translation>Nom d’un retardataire</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add who arrives late</source>
        <translation>Ajouter le retardataire</translation>
    </message>
    <message>
        <source>Speaking times</source>
        <translation>Temps de parole</translation>
    </message>
    <message>
        <source>In free speech, press a participant’s number (or click their name) when they start speaking.</source>
        <translation>En parole libre, appuyez sur le numéro d’un participant (ou cliquez sur son nom) quand il prend la parole.</translation>
    </message>
    <message>
        <source>Everyone has spoken in this round. Press %1 for another round.</source>
        <translation>Tout le monde a parlé dans ce tour. Appuyez sur %1 pour un nouveau tour de table.</translation>
    </message>
    <message>
        <source>%1 joins the session (number %2).</source>
        <translation>%1 rejoint la séance (numéro %2).</translation>
    </message>
    <message>
        <source>%1 joins the session.</source>
        <translation>%1 rejoint la séance.</translation>
    </message>
    <message>
        <source>Press a participant’s number (or click their name) when they start speaking, and again when they stop.</source>
        <translation>Appuyez sur le numéro d’un participant (ou cliquez sur son nom) quand il prend la parole, et encore quand il s’arrête.</translation>
    </message>
    <message>
        <source>When someone raises a hand, press their number. %1 gives the floor to the first hand.</source>
        <translation>Quand quelqu’un lève la main, appuyez sur son numéro. %1 donne la parole à la première main levée.</translation>
    </message>
    <message>
        <source>Who is the client today?</source>
        <translation>Qui est le client aujourd’hui&#xa0;?</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sans limite</translation>
    </message>
    <message>
        <source>Share of the time left</source>
        <translation>Part du temps restant</translation>
    </message>
    <message>
        <source>In a round: the phase’s remaining time divided among those still to speak.</source>
        <translation>En tour de table&#xa0;: le temps restant de la phase, partagé entre ceux qui n’ont pas encore parlé.</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Parole</translation>
    </message>
</context>
<context>
    <name>SpeakingChart</name>
    <message>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1&#xa0;: %2, %3</translation>
    </message>
    <message>
        <source>Speaking times</source>
        <translation>Temps de parole</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Phase shown</source>
        <translation>Phase affichée</translation>
    </message>
    <message>
        <source>Total speaking time</source>
        <translation>Temps de parole total</translation>
    </message>
    <message>
        <source>Whole session</source>
        <translation>Toute la séance</translation>
    </message>
    <message>
        <source>Total spoken: %1</source>
        <translation>Parole au total&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Some settings could not be read; Codev uses its defaults. The details are in %1.</source>
        <translation>Certains paramètres n’ont pas pu être lus&#x202f;; Codev utilise les valeurs par défaut. Les détails se trouvent dans %1.</translation>
    </message>
</context>
<context>
    <name>SuggestionList</name>
    <message>
        <source>Kept</source>
        <extracomment>The author combo&apos;s data for &quot;nobody in particular&quot;.</extracomment>
        <translation>Retenue</translation>
    </message>
    <message>
        <source>Kept by the client</source>
        <translation>Retenue par le client</translation>
    </message>
    <message>
        <source>The suggestion</source>
        <translation>La suggestion</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <source>Suggested by</source>
        <translation>Proposée par</translation>
    </message>
    <message>
        <source>Remove this suggestion</source>
        <translation>Retirer cette suggestion</translation>
    </message>
    <message>
        <source>Remove this suggestion (Alt+Delete)</source>
        <translation>Retirer cette suggestion (Alt+Suppr)</translation>
    </message>
    <message>
        <source>by</source>
        <translation>par</translation>
    </message>
    <message>
        <source>No suggestion yet.</source>
        <translation>Pas encore de suggestion.</translation>
    </message>
    <message>
        <source>Type a suggestion, then Enter</source>
        <translation>Tapez une suggestion, puis Entrée</translation>
    </message>
    <message>
        <source>New suggestion</source>
        <translation>Nouvelle suggestion</translation>
    </message>
    <message>
        <source>Suggestion removed.</source>
        <translation>Suggestion retirée.</translation>
    </message>
    <message>
        <source>Nobody has the floor: new suggestions are noted without an author.</source>
        <translation>Personne n’a la parole&#xa0;: les nouvelles suggestions sont notées sans auteur.</translation>
    </message>
    <message>
        <source>Noted for %1, who has the floor.</source>
        <translation>Notée pour %1, qui a la parole.</translation>
    </message>
</context>
<context>
    <name>SupportWindow</name>
    <message>
        <source>Members&apos; availability</source>
        <translation>Disponibilités des membres</translation>
    </message>
    <message>
        <source>e.g. mon 18:00-20:00, thu 12:00-13:00</source>
        <translation>par ex. lun 18h00-20h00, jeu 12h00-13h00</translation>
    </message>
    <message>
        <source>“&amp;Ask me” (no fixed times)</source>
        <translation>«&#xa0;&amp;Demandez-moi&#xa0;» (pas d’horaires fixes)</translation>
    </message>
    <message>
        <source>did not ask</source>
        <translation>ne l’a pas demandé</translation>
    </message>
    <message>
        <source> weeks without a request</source>
        <translation> semaines sans demande</translation>
    </message>
    <message>
        <source>&amp;Save their availability</source>
        <translation>&amp;Enregistrer ses disponibilités</translation>
    </message>
    <message>
        <source>To relaunch</source>
        <translation>À relancer</translation>
    </message>
    <message>
        <source>Relaunched &amp;today</source>
        <translation>Relancé &amp;aujourd’hui</translation>
    </message>
    <message>
        <source>Weekly slots</source>
        <translation>Créneaux de la semaine</translation>
    </message>
    <message>
        <source>Relaunch after</source>
        <translation>Relancer après</translation>
    </message>
    <message>
        <source>last request on %1</source>
        <translation>dernière demande le %1</translation>
    </message>
    <message>
        <source>no request yet</source>
        <translation>aucune demande encore</translation>
    </message>
    <message>
        <source>They asked to be relaunched; it is time:</source>
        <translation>Ils ont demandé à être relancés&#xa0;; c’est le moment&#xa0;:</translation>
    </message>
    <message>
        <source>Nobody to relaunch at the moment.</source>
        <translation>Personne à relancer pour le moment.</translation>
    </message>
    <message>
        <source>has not said when they are available</source>
        <translation>n’a pas dit quand il ou elle est disponible</translation>
    </message>
    <message>
        <source>ask me</source>
        <translation>demandez-moi</translation>
    </message>
    <message>
        <source>no times given</source>
        <translation>aucun horaire donné</translation>
    </message>
    <message>
        <source>relaunch after %1 weeks</source>
        <translation>relancer après %1 semaines</translation>
    </message>
    <message>
        <source>relaunched on %1</source>
        <translation>relancé le %1</translation>
    </message>
    <message>
        <source>Support in %1</source>
        <translation>Soutien dans %1</translation>
    </message>
    <message>
        <source>&amp;Requests</source>
        <translation>&amp;Demandes</translation>
    </message>
    <message>
        <source>A&amp;vailability and relaunch</source>
        <translation>Dis&amp;ponibilités et relances</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <source>Who could answer</source>
        <translation>Qui pourrait répondre</translation>
    </message>
    <message>
        <source>&amp;Match</source>
        <translation>&amp;Mettre en lien</translation>
    </message>
    <message>
        <source>Start the &amp;listening session</source>
        <translation>Lancer le temps d’é&amp;coute</translation>
    </message>
    <message>
        <source>Resource to refer to</source>
        <translation>Ressource vers laquelle orienter</translation>
    </message>
    <message>
        <source>Re&amp;fer</source>
        <translation>&amp;Orienter</translation>
    </message>
    <message>
        <source>Cl&amp;ose</source>
        <translation>Cl&amp;ore</translation>
    </message>
    <message>
        <source>&amp;Urgent</source>
        <translation>&amp;Urgent</translation>
    </message>
    <message>
        <source>&amp;Important</source>
        <translation>&amp;Important</translation>
    </message>
    <message>
        <source>&amp;By</source>
        <translation>&amp;Pour le</translation>
    </message>
    <message>
        <source>In their words (only you see it)</source>
        <translation>Avec ses mots (vous seul le voyez)</translation>
    </message>
    <message>
        <source>&amp;Record the request</source>
        <translation>&amp;Noter la demande</translation>
    </message>
    <message>
        <source>Who asks</source>
        <translation>Qui demande</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Modalities the group agreed</source>
        <translation>Modalités convenues par le groupe</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>pour le %1</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1&#xa0;min</translation>
    </message>
    <message>
        <source>Nobody took it by its day</source>
        <translation>Personne ne l’a prise à temps</translation>
    </message>
    <message>
        <source>No requests yet.</source>
        <translation>Aucune demande pour le moment.</translation>
    </message>
    <message>
        <source>ask them</source>
        <translation>à demander</translation>
    </message>
    <message>
        <source>%1 this month</source>
        <translation>%1 ce mois-ci</translation>
    </message>
    <message>
        <source>Nobody available in time</source>
        <translation>Personne de disponible à temps</translation>
    </message>
    <message>
        <source>(no note)</source>
        <translation>(pas de note)</translation>
    </message>
    <message>
        <source>Finished on %1; nothing of its content is kept.</source>
        <translation>Terminée le %1&#xa0;; rien de son contenu n’est gardé.</translation>
    </message>
</context>
<context>
    <name>TemplateCommands</name>
    <message>
        <source>Change the template name</source>
        <translation>Modifier le nom du modèle</translation>
    </message>
    <message>
        <source>Change the description</source>
        <translation>Modifier la description</translation>
    </message>
    <message>
        <source>Change a phase text</source>
        <translation>Modifier un texte de phase</translation>
    </message>
    <message>
        <source>Change a phase setting</source>
        <translation>Modifier un réglage de phase</translation>
    </message>
    <message>
        <source>Add a phase</source>
        <translation>Ajouter une phase</translation>
    </message>
    <message>
        <source>Remove a phase</source>
        <translation>Supprimer une phase</translation>
    </message>
    <message>
        <source>Move a phase</source>
        <translation>Déplacer une phase</translation>
    </message>
    <message>
        <source>Fit to total time</source>
        <translation>Ajuster à la durée totale</translation>
    </message>
    <message>
        <source>Restore unsaved changes</source>
        <translation>Rétablir les modifications non enregistrées</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>&amp;Back to the library</source>
        <translation>Retour à la &amp;bibliothèque</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Défaire</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Refaire</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Texts in %1</source>
        <translation>Textes en %1</translation>
    </message>
    <message>
        <source>Write each text in both languages; an empty field shows the other one.</source>
        <translation>Écrivez chaque texte dans les deux langues&#x202f;; un champ vide affiche l’autre langue.</translation>
    </message>
    <message>
        <source>Texts &amp;in</source>
        <translation>Te&amp;xtes en</translation>
    </message>
    <message>
        <source>Template &amp;name</source>
        <translation>&amp;Nom du modèle</translation>
    </message>
    <message>
        <source>D&amp;escription</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <source>&amp;Phases</source>
        <translation>&amp;Phases</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Phases</translation>
    </message>
    <message>
        <source>Alt+Up and Alt+Down move the selected phase; Delete removes it.</source>
        <translation>Alt+Haut et Alt+Bas déplacent la phase choisie&#x202f;; Suppr la retire.</translation>
    </message>
    <message>
        <source>&amp;Add phase</source>
        <translation>&amp;Ajouter une phase</translation>
    </message>
    <message>
        <source>&amp;Remove phase</source>
        <translation>&amp;Supprimer la phase</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>&amp;Fit to total time…</source>
        <translation>Ajuster à la durée &amp;totale…</translation>
    </message>
    <message>
        <source>Selected phase</source>
        <translation>Phase choisie</translation>
    </message>
    <message>
        <source>One rule per line</source>
        <translation>Une règle par ligne</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>The client</source>
        <translation>Le client</translation>
    </message>
    <message>
        <source>The consultants</source>
        <translation>Les consultants</translation>
    </message>
    <message>
        <source>The facilitator</source>
        <translation>L’animateur</translation>
    </message>
    <message>
        <source>Free: whoever speaks</source>
        <translation>Libre&#xa0;: qui veut parle</translation>
    </message>
    <message>
        <source>A round: each in turn</source>
        <translation>Un tour&#xa0;: chacun à son tour</translation>
    </message>
    <message>
        <source>Raised hands: next in the queue</source>
        <translation>Mains levées&#xa0;: au suivant dans la file</translation>
    </message>
    <message>
        <source>In minutes (3) or minutes and seconds (1:30).</source>
        <translation>En minutes (3) ou en minutes et secondes (1 min 30).</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sans limite</translation>
    </message>
    <message>
        <source>No warning</source>
        <translation>Sans avertissement</translation>
    </message>
    <message>
        <source>The gentle warning comes when this share of time is left.</source>
        <translation>L’avertissement doux arrive quand il reste cette part du temps.</translation>
    </message>
    <message>
        <source>Play the c&amp;himes</source>
        <translation>Faire sonner les &amp;carillons</translation>
    </message>
    <message>
        <source>This phase is a break</source>
        <translation>Cette phase est une pause</translation>
    </message>
    <message>
        <source>A break keeps its duration when the plan is stretched or shrunk.</source>
        <translation>Une pause garde sa durée quand le plan est allongé ou raccourci.</translation>
    </message>
    <message>
        <source>Phase na&amp;me</source>
        <translation>Nom de la p&amp;hase</translation>
    </message>
    <message>
        <source>P&amp;urpose</source>
        <translation>&amp;Objectif</translation>
    </message>
    <message>
        <source>Ru&amp;les</source>
        <translation>Rè&amp;gles</translation>
    </message>
    <message>
        <source>&amp;Opening prompt</source>
        <translation>Phrase d’o&amp;uverture</translation>
    </message>
    <message>
        <source>&amp;Closing prompt</source>
        <translation>Phrase de c&amp;lôture</translation>
    </message>
    <message>
        <source>&amp;Who speaks</source>
        <translation>&amp;Qui parle</translation>
    </message>
    <message>
        <source>&amp;Turns</source>
        <translation>&amp;Façon de donner la parole</translation>
    </message>
    <message>
        <source>&amp;Duration</source>
        <translation>Du&amp;rée</translation>
    </message>
    <message>
        <source>Time per spea&amp;ker</source>
        <translation>Temps par &amp;intervenant</translation>
    </message>
    <message>
        <source>&amp;Gentle warning</source>
        <translation>A&amp;vertissement doux</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Remove phase</source>
        <translation>Supprimer la phase</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Nouveau modèle</translation>
    </message>
    <message>
        <source>Something in this phase needs fixing.</source>
        <translation>Quelque chose est à corriger dans cette phase.</translation>
    </message>
    <message>
        <source>needs fixing</source>
        <translation>à corriger</translation>
    </message>
    <message>
        <source>Phase %1 of %2</source>
        <translation>Phase %1 sur %2</translation>
    </message>
    <message>
        <source>Give the template a name, in French or in English.</source>
        <translation>Donnez un nom au modèle, en français ou en anglais.</translation>
    </message>
    <message>
        <source>A template needs at least one phase.</source>
        <translation>Un modèle a besoin d’au moins une phase.</translation>
    </message>
    <message>
        <source>Give this phase a name, in French or in English.</source>
        <translation>Donnez un nom à cette phase, en français ou en anglais.</translation>
    </message>
    <message>
        <source>A phase lasts from 1 to 240 minutes.</source>
        <translation>Une phase dure de 1 à 240 minutes.</translation>
    </message>
    <message>
        <source>Time per speaker: from 0:10 to 60 min, or no limit.</source>
        <translation>Temps par personne&#xa0;: de 10 s à 60 min, ou sans limite.</translation>
    </message>
    <message>
        <source>The warning must come before the end of the phase.</source>
        <translation>L’avertissement doit arriver avant la fin de la phase.</translation>
    </message>
    <message>
        <source>New phase</source>
        <translation>Nouvelle phase</translation>
    </message>
    <message>
        <source>The durations were fitted. Undo (Ctrl+Z) puts them back.</source>
        <translation>Les durées ont été ajustées. Annuler (Ctrl+Z) les rétablit.</translation>
    </message>
    <message>
        <source>Not saved yet: please fix what is marked.</source>
        <translation>Pas encore enregistré&#xa0;: corrigez ce qui est signalé.</translation>
    </message>
    <message>
        <source>Another template is already called “%1”. Choose another name.</source>
        <translation>Un autre modèle s’appelle déjà «&#xa0;%1&#xa0;». Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>Enregistrement impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved at %1.</source>
        <translation>Enregistré à %1.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save the changes to “%1”?</source>
        <translation>Enregistrer les modifications de «&#xa0;%1&#xa0;»&#x202f;?</translation>
    </message>
    <message>
        <source>If you discard them, this new template is not kept.</source>
        <translation>Si vous les abandonnez, ce nouveau modèle n’est pas gardé.</translation>
    </message>
    <message>
        <source>If you discard them, the template stays as it was last saved.</source>
        <translation>Si vous les abandonnez, le modèle reste tel qu’il a été enregistré la dernière fois.</translation>
    </message>
    <message>
        <source>Your unsaved changes are back. Undo (Ctrl+Z) shows the saved version.</source>
        <translation>Vos modifications non enregistrées sont de retour. Annuler (Ctrl+Z) affiche la version enregistrée.</translation>
    </message>
    <message>
        <source>Your unsaved template is back. Save it to keep it.</source>
        <translation>Votre modèle non enregistré est de retour. Enregistrez-le pour le garder.</translation>
    </message>
    <message>
        <source>Changes you had not saved (%1) were kept.</source>
        <translation>Les modifications que vous n’aviez pas enregistrées (%1) ont été gardées.</translation>
    </message>
    <message>
        <source>Restore them</source>
        <translation>Les rétablir</translation>
    </message>
    <message>
        <source>Discard them</source>
        <translation>Les abandonner</translation>
    </message>
</context>
<context>
    <name>TemplateProblems</name>
    <message>
        <source>This is not a valid TOML file ({reason}).</source>
        <translation>Ce n’est pas un fichier TOML valide ({reason}).</translation>
    </message>
    <message>
        <source>This file is not UTF-8 text.</source>
        <translation>Ce fichier n’est pas du texte UTF-8.</translation>
    </message>
    <message>
        <source>This file cannot be read ({reason}).</source>
        <translation>Ce fichier ne peut pas être lu ({reason}).</translation>
    </message>
    <message>
        <source>This is missing.</source>
        <translation>Cette valeur manque.</translation>
    </message>
    <message>
        <source>This must be text.</source>
        <translation>Cette valeur doit être du texte.</translation>
    </message>
    <message>
        <source>This must be text, or a table of languages (fr, en).</source>
        <translation>Cette valeur doit être du texte, ou une table de langues (fr, en).</translation>
    </message>
    <message>
        <source>This must not be empty.</source>
        <translation>Cette valeur ne doit pas être vide.</translation>
    </message>
    <message>
        <source>This must be one of {allowed} (the file says {got}).</source>
        <translation>Cette valeur doit être l’une de {allowed} (le fichier indique {got}).</translation>
    </message>
    <message>
        <source>This must be a table.</source>
        <translation>Cette valeur doit être une table.</translation>
    </message>
    <message>
        <source>This must be a short identifier: lowercase letters, digits, - or _ (the file says {got}).</source>
        <translation>Cette valeur doit être un identifiant court&#xa0;: lettres minuscules, chiffres, - ou _ (le fichier indique {got}).</translation>
    </message>
    <message>
        <source>Two phases have the same id, {got}.</source>
        <translation>Deux phases ont le même identifiant, {got}.</translation>
    </message>
    <message>
        <source>Phase {phase}: the duration must be a number of minutes.</source>
        <translation>Phase {phase}&#xa0;: la durée doit être un nombre de minutes.</translation>
    </message>
    <message>
        <source>Phase {phase}: the duration must be between {min} and {max} minutes (the file says {got}).</source>
        <translation>Phase {phase}&#xa0;: la durée doit être comprise entre {min} et {max} minutes (le fichier indique {got}).</translation>
    </message>
    <message>
        <source>This must be a list.</source>
        <translation>Cette valeur doit être une liste.</translation>
    </message>
    <message>
        <source>This must be a fraction between 0 and 0.99.</source>
        <translation>Cette valeur doit être une fraction entre 0 et 0,99.</translation>
    </message>
    <message>
        <source>This must be true or false.</source>
        <translation>Cette valeur doit être true ou false.</translation>
    </message>
    <message>
        <source>This must be a whole number of seconds between 10 and 3600.</source>
        <translation>Cette valeur doit être un nombre entier de secondes entre 10 et 3600.</translation>
    </message>
    <message>
        <source>This must be a case number from 1 to {max}.</source>
        <translation>Cette valeur doit être un numéro de cas entre 1 et {max}.</translation>
    </message>
    <message>
        <source>This is not a Codev template.</source>
        <translation>Ce n’est pas un modèle Codev.</translation>
    </message>
    <message>
        <source>This file is not a Codev template (its format is not “codev-template”).</source>
        <translation>Ce fichier n’est pas un modèle Codev (son format n’est pas «&#xa0;codev-template&#xa0;»).</translation>
    </message>
    <message>
        <source>Its schema_version must be a whole number (1 for this version).</source>
        <translation>Son schema_version doit être un nombre entier (1 pour cette version).</translation>
    </message>
    <message>
        <source>This file was written by a newer version of Codev (format {version}). Please update Codev.</source>
        <translation>Ce fichier a été écrit par une version plus récente de Codev (format {version}). Mettez Codev à jour.</translation>
    </message>
    <message>
        <source>A template needs at least one phase.</source>
        <translation>Un modèle a besoin d’au moins une phase.</translation>
    </message>
    <message>
        <source>sets and default_module only go with a phase that offers modules to choose from.</source>
        <translation>sets et default_module ne vont qu’avec une phase qui propose des modules au choix.</translation>
    </message>
    <message>
        <source>A choice can only set a later phase: this must be the id of a phase that comes after it (the file says {got}).</source>
        <translation>Un choix ne peut régler qu’une phase suivante&#xa0;: ce doit être l’identifiant d’une phase qui vient après (le fichier indique {got}).</translation>
    </message>
    <message>
        <source>The default module must be one of this phase&apos;s modules (the file says {got}).</source>
        <translation>Le module par défaut doit être l’un des modules de cette phase (le fichier indique {got}).</translation>
    </message>
    <message>
        <source>Phase {phase} is the last one: it cannot offer modules, as no phase follows it.</source>
        <translation>La phase {phase} est la dernière&#xa0;: elle ne peut pas proposer de modules, aucune phase ne la suit.</translation>
    </message>
    <message>
        <source>Phase {phase} is already set by another choice: one choice per phase.</source>
        <translation>La phase {phase} est déjà réglée par un autre choix&#xa0;: un seul choix par phase.</translation>
    </message>
</context>
<context>
    <name>TemplatesEntry</name>
    <message>
        <source>&amp;Templates…</source>
        <translation>&amp;Modèles…</translation>
    </message>
    <message>
        <source>See, adapt, import and share session templates.</source>
        <translation>Voir, adapter, importer et partager les modèles de séance.</translation>
    </message>
    <message>
        <source>Templates…</source>
        <translation>Modèles…</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>See, adapt, import and share session templates (%1).</source>
        <translation>Voir, adapter, importer et partager les modèles de séance (%1).</translation>
    </message>
    <message>
        <source>Template changes that were not saved have been kept: open Templates (%1) to get them back.</source>
        <translation>Des modifications de modèle non enregistrées ont été gardées&#xa0;: ouvrez Modèles (%1) pour les retrouver.</translation>
    </message>
</context>
<context>
    <name>TemplatesWindow</name>
    <message>
        <source>Templates – Codev</source>
        <translation>Modèles – Codev</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Nouveau modèle</translation>
    </message>
    <message>
        <source>New phase</source>
        <translation>Nouvelle phase</translation>
    </message>
    <message>
        <source>Save or close this template first, then drop the file again.</source>
        <translation>Enregistrez ou fermez d’abord ce modèle, puis déposez de nouveau le fichier.</translation>
    </message>
</context>
<context>
    <name>TimelineBar</name>
    <message>
        <source>Timeline of the session</source>
        <translation>Frise de la séance</translation>
    </message>
    <message>
        <source>Total %1, ending at %2.</source>
        <translation>Total %1, fin à %2.</translation>
    </message>
</context>
<context>
    <name>TimerDisk</name>
    <message>
        <source>Time left, as a disk</source>
        <translation>Temps restant, en disque</translation>
    </message>
</context>
<context>
    <name>TimerWidgets</name>
    <message>
        <source>Phase time</source>
        <translation>Temps de la phase</translation>
    </message>
    <message>
        <source>Timer state</source>
        <translation>État du minuteur</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Codev</source>
        <translation>Bienvenue dans Codev</translation>
    </message>
    <message>
        <source>Codev keeps the time and the notes of your co-development sessions, beside your video call.</source>
        <translation>Codev garde le temps et les notes de vos séances de codéveloppement, à côté de votre visioconférence.</translation>
    </message>
    <message>
        <source>Session &amp;templates</source>
        <translation>&amp;Modèles de séance</translation>
    </message>
    <message>
        <source>Session templates</source>
        <translation>Modèles de séance</translation>
    </message>
    <message>
        <source>&amp;New session…</source>
        <translation>&amp;Nouvelle séance…</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Nouvelle séance</translation>
    </message>
    <message>
        <source>Choose a template and the participants; the session starts with one key.</source>
        <translation>Choisissez un modèle et les participants&#x202f;; la séance démarre d’une seule touche.</translation>
    </message>
    <message numerus="yes">
        <source>%n template file(s) could not be read and are not listed.</source>
        <translation>
            <numerusform>%n fichier de modèle n’a pas pu être lu et n’est pas affiché.</numerusform>
            <numerusform>%n fichiers de modèle n’ont pas pu être lus et ne sont pas affichés.</numerusform>
        </translation>
    </message>
    <message>
        <source>The details are in %1.</source>
        <translation>Les détails se trouvent dans %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n phase(s)</source>
        <translation>
            <numerusform>%n phase</numerusform>
            <numerusform>%n phases</numerusform>
        </translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>intégré</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>personnel</translation>
    </message>
</context>
<context>
    <name>WrapUp</name>
    <message>
        <source>This session cannot be read back, so nothing can be sent.</source>
        <translation>Cette séance ne peut pas être relue&#xa0;: rien ne peut être envoyé.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Nothing: you facilitate</source>
        <translation>Rien&#xa0;: vous animez</translation>
    </message>
    <message>
        <source>Nothing: absent</source>
        <translation>Rien&#xa0;: absent·e</translation>
    </message>
    <message>
        <source>Nothing yet: no address</source>
        <translation>Rien pour l’instant&#xa0;: pas d’adresse</translation>
    </message>
    <message>
        <source>The group&apos;s summary</source>
        <translation>Le compte rendu du groupe</translation>
    </message>
    <message>
        <source>Their copy (client)</source>
        <translation>Sa copie (client)</translation>
    </message>
    <message>
        <source>Their personal copy</source>
        <translation>Sa copie personnelle</translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation>Pas encore envoyé</translation>
    </message>
    <message>
        <source>Sent at %1</source>
        <translation>Envoyé à %1</translation>
    </message>
    <message>
        <source>Draft written</source>
        <translation>Brouillon écrit</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec&#xa0;: %1</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>En attente d’envoi</translation>
    </message>
</context>
<context>
    <name>WrapUpView</name>
    <message>
        <source>The session is over</source>
        <translation>La séance est terminée</translation>
    </message>
    <message>
        <source>Each person their own copy</source>
        <translation>À chacun sa copie personnelle</translation>
    </message>
    <message>
        <source>Everyone the group&apos;s summary</source>
        <translation>À tous le compte rendu du groupe</translation>
    </message>
    <message>
        <source>Whose document to preview</source>
        <translation>Document à prévisualiser</translation>
    </message>
    <message>
        <source>Password of the mail account</source>
        <translation>Mot de passe du compte de messagerie</translation>
    </message>
    <message>
        <source>Make drafts…</source>
        <translation>Préparer des brouillons…</translation>
    </message>
    <message>
        <source>Mail settings…</source>
        <translation>Réglages de messagerie…</translation>
    </message>
    <message>
        <source>Back to the session</source>
        <translation>Revenir à la séance</translation>
    </message>
    <message>
        <source>Close the session</source>
        <translation>Clore la séance</translation>
    </message>
    <message>
        <source>What leaves the room</source>
        <translation>Ce qui sort de la salle</translation>
    </message>
    <message>
        <source>What they receive</source>
        <translation>Ce qu’ils reçoivent</translation>
    </message>
    <message>
        <source>Who receives what</source>
        <translation>Qui reçoit quoi</translation>
    </message>
    <message>
        <source>%1, the client, agrees that these documents leave the room</source>
        <translation>%1, le client, accepte que ces documents sortent de la salle</translation>
    </message>
    <message>
        <source>The client agrees that these documents leave the room</source>
        <translation>Le client accepte que ces documents sortent de la salle</translation>
    </message>
    <message numerus="yes">
        <source>Send to %n person(s)</source>
        <translation>
            <numerusform>Envoyer à %n personne</numerusform>
            <numerusform>Envoyer à %n personnes</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing leaves the room until the client agrees (tick the box above).</source>
        <translation>Rien ne sort de la salle tant que le client n’a pas donné son accord (cochez la case ci-dessus).</translation>
    </message>
    <message>
        <source>This session is not saved: nothing can be sent.</source>
        <translation>Cette séance n’est pas enregistrée&#xa0;: rien ne peut être envoyé.</translation>
    </message>
    <message>
        <source>Everyone with an address already has their copy.</source>
        <translation>Toutes les personnes qui ont une adresse ont déjà leur copie.</translation>
    </message>
    <message>
        <source>Add an address to send someone their copy.</source>
        <translation>Ajoutez une adresse pour envoyer sa copie à quelqu’un.</translation>
    </message>
    <message>
        <source>The group&apos;s summary</source>
        <translation>Le compte rendu du groupe</translation>
    </message>
    <message>
        <source>%1&apos;s copy</source>
        <translation>Copie de %1</translation>
    </message>
    <message>
        <source>The preview appears once the client agrees.</source>
        <translation>L’aperçu s’affiche dès que le client a donné son accord.</translation>
    </message>
    <message>
        <source>Set up the mail server first (Mail settings…), or make drafts.</source>
        <translation>Réglez d’abord le serveur de messagerie (Réglages de messagerie…), ou préparez des brouillons.</translation>
    </message>
    <message>
        <source>Type the password of the mail account, then send.</source>
        <translation>Tapez le mot de passe du compte de messagerie, puis envoyez.</translation>
    </message>
    <message>
        <source>Folder for the drafts</source>
        <translation>Dossier des brouillons</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi en cours…</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Écriture en cours…</translation>
    </message>
    <message>
        <source>Sending stopped: %1</source>
        <translation>Envoi interrompu&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) could not be sent: see below, then try again.</source>
        <translation>
            <numerusform>%n message n’a pas pu être envoyé&#xa0;: voyez ci-dessous, puis réessayez.</numerusform>
            <numerusform>%n messages n’ont pas pu être envoyés&#xa0;: voyez ci-dessous, puis réessayez.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done: %n person(s) served.</source>
        <translation>
            <numerusform>C’est fait&#xa0;: %n personne servie.</numerusform>
            <numerusform>C’est fait&#xa0;: %n personnes servies.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>work with session templates</source>
        <translation>gérer les modèles de séance</translation>
    </message>
    <message>
        <source>Session templates: the phases a session follows, with their durations.</source>
        <translation>Modèles de séance&#xa0;: les phases que suit une séance, avec leurs durées.</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>ACTION</translation>
    </message>
    <message>
        <source>actions</source>
        <translation>actions</translation>
    </message>
    <message>
        <source>list the available templates</source>
        <translation>lister les modèles disponibles</translation>
    </message>
    <message>
        <source>List the built-in templates and yours: id, name, number of phases, total duration.</source>
        <translation>Liste les modèles intégrés et les vôtres&#xa0;: identifiant, nom, nombre de phases, durée totale.</translation>
    </message>
    <message>
        <source>add a template file to your templates</source>
        <translation>ajouter un fichier de modèle à vos modèles</translation>
    </message>
    <message>
        <source>Check a template file and add it to your templates. Nothing is written if the file has a problem. If a template with the same id or name exists, choose --rename or --replace.</source>
        <translation>Vérifie un fichier de modèle et l’ajoute à vos modèles. Rien n’est écrit si le fichier pose problème. Si un modèle porte déjà le même identifiant ou le même nom, choisissez --rename ou --replace.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>the template file (.toml)</source>
        <translation>le fichier de modèle (.toml)</translation>
    </message>
    <message>
        <source>if the id or name is taken, import under a new id and name</source>
        <translation>si l’identifiant ou le nom est pris, importer sous un nouvel identifiant et un nouveau nom</translation>
    </message>
    <message>
        <source>if the id or name is taken, replace your template (never a built-in)</source>
        <translation>si l’identifiant ou le nom est pris, remplacer votre modèle (jamais un modèle intégré)</translation>
    </message>
    <message>
        <source>write a template to a file, to share it</source>
        <translation>écrire un modèle dans un fichier, pour le partager</translation>
    </message>
    <message>
        <source>Write a template (built-in or yours) to a file that others can import.</source>
        <translation>Écrit un modèle (intégré ou personnel) dans un fichier que d’autres pourront importer.</translation>
    </message>
    <message>
        <source>the template&apos;s id (see: templates list)</source>
        <translation>l’identifiant du modèle (voir&#xa0;: templates list)</translation>
    </message>
    <message>
        <source>the file to write</source>
        <translation>le fichier à écrire</translation>
    </message>
    <message>
        <source>overwrite the file if it exists</source>
        <translation>remplacer le fichier s’il existe</translation>
    </message>
    <message>
        <source>Could not read a template, skipped: %1</source>
        <translation>Modèle illisible, ignoré&#xa0;: %1</translation>
    </message>
    <message>
        <source>No templates found.</source>
        <translation>Aucun modèle trouvé.</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Non importé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Run again with --rename to import it as a copy, or --replace to replace yours.</source>
        <translation>Relancez avec --rename pour l’importer comme copie, ou avec --replace pour remplacer le vôtre.</translation>
    </message>
    <message>
        <source>Run again with --rename to import it under another name.</source>
        <translation>Relancez avec --rename pour l’importer sous un autre nom.</translation>
    </message>
    <message>
        <source>Imported as “%1” (id %2), because the id or name was taken.</source>
        <translation>Importé sous le nom «&#xa0;%1&#xa0;» (identifiant %2), car l’identifiant ou le nom était déjà pris.</translation>
    </message>
    <message>
        <source>Imported “%1” (id %2), replacing your previous template.</source>
        <translation>«&#xa0;%1&#xa0;» importé (identifiant %2), à la place de votre modèle précédent.</translation>
    </message>
    <message>
        <source>Imported “%1” (id %2).</source>
        <translation>«&#xa0;%1&#xa0;» importé (identifiant %2).</translation>
    </message>
    <message>
        <source>No template has the id %1 (see: codev-app templates list).</source>
        <translation>Aucun modèle n’a l’identifiant %1 (voir&#xa0;: codev-app templates list).</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>Non exporté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Run again with --force to overwrite it.</source>
        <translation>Relancez avec --force pour le remplacer.</translation>
    </message>
    <message>
        <source>Exported %1 to %2.</source>
        <translation>%1 exporté dans %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n phase(s)</source>
        <translation>
            <numerusform>%n phase</numerusform>
            <numerusform>%n phases</numerusform>
        </translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>intégré</translation>
    </message>
    <message>
        <source>user</source>
        <translation>personnel</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>utilisation&#xa0;: </translation>
    </message>
    <message>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <source>show this help and exit</source>
        <translation>afficher cette aide et quitter</translation>
    </message>
    <message>
        <source>Codev keeps the time and the notes of co-development sessions, beside your video call. Without a command, it opens the Codev window.</source>
        <translation>Codev garde le temps et les notes des séances de codéveloppement, à côté de votre visioconférence. Sans commande, il ouvre la fenêtre de Codev.</translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation>afficher la version et quitter</translation>
    </message>
    <message>
        <source>language of the interface, instead of the one in the settings</source>
        <translation>langue de l’interface, à la place de celle des paramètres</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>COMMANDE</translation>
    </message>
    <message>
        <source>commands</source>
        <translation>commandes</translation>
    </message>
    <message>
        <source>Codev cannot open its window: no display was found (neither DISPLAY nor WAYLAND_DISPLAY is set). Start it from your desktop session. The command line works without a display: codev-app --help</source>
        <translation>Codev ne peut pas ouvrir sa fenêtre&#xa0;: aucun écran n’a été trouvé (ni DISPLAY ni WAYLAND_DISPLAY n’est défini). Lancez-le depuis votre session de bureau. La ligne de commande fonctionne sans écran&#xa0;: codev-app --help</translation>
    </message>
    <message>
        <source>%1 is not a session number (see: codev-app sessions list).</source>
        <translation>%1 n’est pas un numéro de séance (voir&#xa0;: codev-app sessions list).</translation>
    </message>
    <message>
        <source>%1 is not a whole number above zero.</source>
        <translation>%1 n’est pas un nombre entier supérieur à zéro.</translation>
    </message>
    <message>
        <source>work with saved sessions</source>
        <translation>gérer les séances enregistrées</translation>
    </message>
    <message>
        <source>Saved sessions: list and search them, read one, export it as a document or a file, import a session file, delete a session.</source>
        <translation>Séances enregistrées&#xa0;: les lister et les chercher, en lire une, l’exporter en document ou en fichier, importer un fichier de séance, supprimer une séance.</translation>
    </message>
    <message>
        <source>list the saved sessions, newest first</source>
        <translation>lister les séances enregistrées, les plus récentes d’abord</translation>
    </message>
    <message>
        <source>List the saved sessions, newest first: number, date, group, client, topic, and whether the session is finished.</source>
        <translation>Liste les séances enregistrées, les plus récentes d’abord&#xa0;: numéro, date, groupe, client, sujet, et si la séance est terminée.</translation>
    </message>
    <message>
        <source>work with groups and their members</source>
        <translation>gérer les groupes et leurs membres</translation>
    </message>
    <message>
        <source>Groups that meet over months: their members, charter and files.</source>
        <translation>Les groupes qui se réunissent sur plusieurs mois&#xa0;: leurs membres, leur charte et leurs fichiers.</translation>
    </message>
    <message>
        <source>list the groups</source>
        <translation>lister les groupes</translation>
    </message>
    <message>
        <source>List the groups.</source>
        <translation>Lister les groupes.</translation>
    </message>
    <message>
        <source>show a group</source>
        <translation>afficher un groupe</translation>
    </message>
    <message>
        <source>Show a group: members, charter, cycles, who to reach out to.</source>
        <translation>Afficher un groupe&#xa0;: membres, charte, cycles, personnes à relancer.</translation>
    </message>
    <message>
        <source>GROUP</source>
        <translation>GROUPE</translation>
    </message>
    <message>
        <source>create a group</source>
        <translation>créer un groupe</translation>
    </message>
    <message>
        <source>Create a group with the method&apos;s charter.</source>
        <translation>Créer un groupe avec la charte de la méthode.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>a facilitator (once or twice)</source>
        <translation>un animateur (une ou deux fois)</translation>
    </message>
    <message>
        <source>add a member to a group</source>
        <translation>ajouter un membre à un groupe</translation>
    </message>
    <message>
        <source>Add a member to a group.</source>
        <translation>Ajouter un membre à un groupe.</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADRESSE</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTE</translation>
    </message>
    <message>
        <source>a confidential note</source>
        <translation>une note confidentielle</translation>
    </message>
    <message>
        <source>a member leaves the group</source>
        <translation>un membre quitte le groupe</translation>
    </message>
    <message>
        <source>A member leaves the group today; their sessions and history stay.</source>
        <translation>Un membre quitte le groupe aujourd’hui&#xa0;; ses séances et son historique restent.</translation>
    </message>
    <message>
        <source>write a group to a file</source>
        <translation>écrire un groupe dans un fichier</translation>
    </message>
    <message>
        <source>Write a group to one JSON file, to move it or hand it to a co-facilitator. Members&apos; notes stay out unless --with-notes.</source>
        <translation>Écrire un groupe dans un fichier JSON, pour le déplacer ou le confier à un co-animateur. Les notes sur les membres n’y figurent qu’avec --with-notes.</translation>
    </message>
    <message>
        <source>include the members&apos; confidential notes</source>
        <translation>inclure les notes confidentielles sur les membres</translation>
    </message>
    <message>
        <source>add a group from a file</source>
        <translation>ajouter un groupe depuis un fichier</translation>
    </message>
    <message>
        <source>Add a group from a file written by groups export.</source>
        <translation>Ajouter un groupe depuis un fichier écrit par groups export.</translation>
    </message>
    <message>
        <source>plan and review a group&apos;s cycles</source>
        <translation>planifier les cycles d’un groupe et en faire le bilan</translation>
    </message>
    <message>
        <source>Cycles: a group&apos;s planned sessions, their calendar and their review.</source>
        <translation>Cycles&#xa0;: les séances prévues d’un groupe, leur calendrier et leur bilan.</translation>
    </message>
    <message>
        <source>plan a cycle</source>
        <translation>planifier un cycle</translation>
    </message>
    <message>
        <source>Plan N sessions of a group, each member the client once.</source>
        <translation>Planifier N séances d’un groupe, chaque membre client une fois.</translation>
    </message>
    <message>
        <source>time between sessions: weeks (4w) or days (28d)</source>
        <translation>temps entre les séances&#xa0;: semaines (4w) ou jours (28d)</translation>
    </message>
    <message>
        <source>time zone (default: this computer&apos;s)</source>
        <translation>fuseau horaire (par défaut&#xa0;: celui de cet ordinateur)</translation>
    </message>
    <message>
        <source>show a cycle</source>
        <translation>afficher un cycle</translation>
    </message>
    <message>
        <source>write the cycle&apos;s calendar (.ics)</source>
        <translation>écrire le calendrier du cycle (.ics)</translation>
    </message>
    <message>
        <source>write the cycle&apos;s review (PDF)</source>
        <translation>écrire le bilan du cycle (PDF)</translation>
    </message>
    <message>
        <source>CYCLE</source>
        <translation>CYCLE</translation>
    </message>
    <message>
        <source>There is no group “%1” (see: codev-app groups list).</source>
        <translation>Il n’y a pas de groupe «&#xa0;%1&#xa0;» (voir&#xa0;: codev-app groups list).</translation>
    </message>
    <message>
        <source>There is no cycle number %1 (see: codev-app groups show GROUP).</source>
        <translation>Il n’y a pas de cycle numéro %1 (voir&#xa0;: codev-app groups show GROUPE).</translation>
    </message>
    <message>
        <source>No groups yet (create one: codev-app groups create NAME --facilitator NAME).</source>
        <translation>Aucun groupe pour l’instant (pour en créer un&#xa0;: codev-app groups create NOM --facilitator NOM).</translation>
    </message>
    <message>
        <source>%1 members</source>
        <translation>%1 membres</translation>
    </message>
    <message>
        <source>Meets every %1 days; reach out after %2 days.</source>
        <translation>Se réunit tous les %1 jours&#xa0;; relance après %2 jours.</translation>
    </message>
    <message>
        <source>Members:</source>
        <translation>Membres&#xa0;:</translation>
    </message>
    <message>
        <source>charter accepted on %1</source>
        <translation>charte acceptée le %1</translation>
    </message>
    <message>
        <source>charter not accepted yet</source>
        <translation>charte pas encore acceptée</translation>
    </message>
    <message>
        <source>left on %1</source>
        <translation>parti le %1</translation>
    </message>
    <message>
        <source>Cycle %1: %2 of %3 sessions held</source>
        <translation>Cycle %1&#xa0;: %2 séances tenues sur %3</translation>
    </message>
    <message>
        <source>Reach out to %1: no news for more than %2 days.</source>
        <translation>Relancer %1&#xa0;: pas de nouvelles depuis plus de %2 jours.</translation>
    </message>
    <message>
        <source>Group %1 created: %2</source>
        <translation>Groupe %1 créé&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is a member of %2.</source>
        <translation>%1 est membre de %2.</translation>
    </message>
    <message>
        <source>%1 has left %2; their sessions stay in the group&apos;s history.</source>
        <translation>%1 a quitté %2&#xa0;; ses séances restent dans l’historique du groupe.</translation>
    </message>
    <message>
        <source>%1 exists already; add --force to replace it.</source>
        <translation>%1 existe déjà&#xa0;; ajoutez --force pour le remplacer.</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>Group %1 added: %2</source>
        <translation>Groupe %1 ajouté&#xa0;: %2</translation>
    </message>
    <message>
        <source>There is no template “%1” (see: codev-app templates list).</source>
        <translation>Il n’y a pas de modèle «&#xa0;%1&#xa0;» (voir&#xa0;: codev-app templates list).</translation>
    </message>
    <message>
        <source>Cycle %1 of %2 (%3)</source>
        <translation>Cycle %1 de %2 (%3)</translation>
    </message>
    <message>
        <source>held</source>
        <translation>tenue</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>prévue</translation>
    </message>
    <message>
        <source>client to choose</source>
        <translation>client à choisir</translation>
    </message>
    <message>
        <source>only the sessions whose title, group, client or notes hold every word of TEXT (accents and capitals do not matter)</source>
        <translation>seulement les séances dont le titre, le groupe, le client ou les notes contiennent tous les mots de TEXTE (accents et majuscules n’ont pas d’importance)</translation>
    </message>
    <message>
        <source>show at most N sessions (default: %1)</source>
        <translation>afficher au plus N séances (par défaut&#xa0;: %1)</translation>
    </message>
    <message>
        <source>show a short summary of a session</source>
        <translation>afficher un court résumé d’une séance</translation>
    </message>
    <message>
        <source>Show a short summary of a session: when, who, the plan, what was recorded. To read everything, export the facilitator&apos;s record.</source>
        <translation>Affiche un court résumé d’une séance&#xa0;: quand, qui, le déroulé, ce qui a été noté. Pour tout lire, exportez le dossier complet de l’animation.</translation>
    </message>
    <message>
        <source>write a session as a document (PDF, Markdown) or a data file</source>
        <translation>écrire une séance dans un document (PDF, Markdown) ou un fichier de données</translation>
    </message>
    <message>
        <source>Write a session as a document for the participants or for you (PDF, Markdown), as the complete session file (json), or as tables for a spreadsheet (csv). Documents for participants need the client&apos;s approval, recorded in the session. An existing file is replaced only with --force.</source>
        <translation>Écrit une séance dans un document pour les participants ou pour vous (PDF, Markdown), dans le fichier de séance complet (json) ou en tableaux pour un tableur (csv). Les documents pour les participants demandent l’accord du client, noté dans la séance. Un fichier existant n’est remplacé qu’avec --force.</translation>
    </message>
    <message>
        <source>pdf or markdown: a document; json: the complete session file (private notes included), to keep or to import again; csv: speaking times and timings</source>
        <translation>pdf ou markdown&#xa0;: un document&#xa0;; json&#xa0;: le fichier de séance complet (notes privées comprises), à garder ou à importer de nouveau&#xa0;; csv&#xa0;: les temps de parole et le déroulé</translation>
    </message>
    <message>
        <source>who the document is for: participants (the group&apos;s summary), personal (one copy per participant, in the folder PATH) or facilitator (everything, private notes included); needed for pdf and markdown</source>
        <translation>à qui s’adresse le document&#xa0;: participants (le compte rendu du groupe), personal (une copie par participant, dans le dossier CHEMIN) ou facilitator (tout, notes privées comprises)&#xa0;; obligatoire pour pdf et markdown</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>CHEMIN</translation>
    </message>
    <message>
        <source>the file to write, or a folder to write it in under its usual name (a folder for personal copies, and for csv without --table)</source>
        <translation>le fichier à écrire, ou un dossier où l’écrire sous son nom habituel (un dossier pour les copies personnelles, et pour csv sans --table)</translation>
    </message>
    <message>
        <source>language of the document (default: the interface language)</source>
        <translation>langue du document (par défaut&#xa0;: celle de l’interface)</translation>
    </message>
    <message>
        <source>do not name who made each suggestion (pdf and markdown)</source>
        <translation>ne pas nommer l’auteur de chaque suggestion (pdf et markdown)</translation>
    </message>
    <message>
        <source>paper size of a PDF (default: the one used where you live)</source>
        <translation>format de papier du PDF (par défaut&#xa0;: celui de votre pays)</translation>
    </message>
    <message>
        <source>csv: write only the speaking times or only the timings (default: both)</source>
        <translation>csv&#xa0;: écrire seulement les temps de parole ou seulement le déroulé (par défaut&#xa0;: les deux)</translation>
    </message>
    <message>
        <source>overwrite files that exist</source>
        <translation>remplacer les fichiers qui existent</translation>
    </message>
    <message>
        <source>add a session file to your sessions</source>
        <translation>ajouter un fichier de séance à vos séances</translation>
    </message>
    <message>
        <source>Read a session file (made with: sessions export --format json) and add it to your sessions as a new one. A damaged file or a file that is not a Codev session is refused, and nothing is changed.</source>
        <translation>Lit un fichier de séance (créé avec&#xa0;: sessions export --format json) et l’ajoute à vos séances comme une nouvelle séance. Un fichier abîmé ou qui n’est pas une séance Codev est refusé, et rien n’est modifié.</translation>
    </message>
    <message>
        <source>the session file (.codev.json)</source>
        <translation>le fichier de séance (.codev.json)</translation>
    </message>
    <message>
        <source>delete a session and its notes for good</source>
        <translation>supprimer définitivement une séance et ses notes</translation>
    </message>
    <message>
        <source>Delete a session and its notes for good: they cannot be recovered. You are asked to confirm, unless you add --yes.</source>
        <translation>Supprime définitivement une séance et ses notes&#xa0;: elles ne pourront pas être récupérées. Une confirmation vous est demandée, sauf si vous ajoutez --yes.</translation>
    </message>
    <message>
        <source>delete without asking (needed when no terminal can ask)</source>
        <translation>supprimer sans demander confirmation (nécessaire quand aucun terminal ne peut la demander)</translation>
    </message>
    <message>
        <source>arguments</source>
        <translation>arguments</translation>
    </message>
    <message>
        <source>the session&apos;s number (see: codev-app sessions list)</source>
        <translation>le numéro de la séance (voir&#xa0;: codev-app sessions list)</translation>
    </message>
    <message>
        <source>Codev cannot write to its data folder: %1 (%2)
Codev has not changed anything. Check that the disk is connected, not full and not read-only, and that you may write there, then run the command again.</source>
        <translation>Codev ne peut pas écrire dans son dossier de données&#xa0;: %1 (%2)
Codev n’a rien modifié. Vérifiez que le disque est branché, qu’il n’est ni plein ni en lecture seule, et que vous pouvez y écrire, puis relancez la commande.</translation>
    </message>
    <message>
        <source>The Codev database was damaged; it is set aside as %1. Your sessions up to %2 are restored from a backup; anything written after that is only in the file set aside.</source>
        <translation>La base de données de Codev était endommagée&#xa0;; elle est mise de côté sous le nom %1. Vos séances jusqu’au %2 sont restaurées depuis une sauvegarde&#xa0;; ce qui a été écrit après ne se trouve que dans le fichier mis de côté.</translation>
    </message>
    <message>
        <source>The Codev database was damaged; it is set aside as %1. There was no usable backup, so Codev starts with an empty database.</source>
        <translation>La base de données de Codev était endommagée&#xa0;; elle est mise de côté sous le nom %1. Il n’y avait aucune sauvegarde utilisable&#xa0;: Codev repart d’une base de données vide.</translation>
    </message>
    <message>
        <source>The backup %3 is damaged too; it was not used.</source>
        <translation>La sauvegarde %3 est endommagée elle aussi&#xa0;; elle n’a pas été utilisée.</translation>
    </message>
    <message>
        <source>The Codev database is damaged: %1
Codev has not changed it. Move this file somewhere else or restore a backup, then try again.</source>
        <translation>La base de données de Codev est abîmée&#xa0;: %1
Codev ne l’a pas modifiée. Déplacez ce fichier ailleurs ou restaurez une sauvegarde, puis réessayez.</translation>
    </message>
    <message>
        <source>The Codev database is in use by another program, most likely the Codev window: %1
Close Codev, then run the command again.</source>
        <translation>La base de données de Codev est utilisée par un autre programme, très probablement la fenêtre de Codev&#xa0;: %1
Fermez Codev, puis relancez la commande.</translation>
    </message>
    <message>
        <source>Codev cannot write to its database, because the file or its folder is read-only: %1
Allow writing there, then run the command again.</source>
        <translation>Codev ne peut pas écrire dans sa base de données, car le fichier ou son dossier est en lecture seule&#xa0;: %1
Autorisez l’écriture à cet endroit, puis relancez la commande.</translation>
    </message>
    <message>
        <source>The Codev database was written by a newer version of Codev (%2): %1
This version has not changed it. Use the newer Codev.</source>
        <translation>La base de données de Codev a été écrite par une version plus récente de Codev (%2)&#xa0;: %1
Cette version ne l’a pas modifiée. Utilisez la version plus récente de Codev.</translation>
    </message>
    <message>
        <source>Codev could not read or write its database (%2): %1
Check that the disk is connected and not full and that you may use this file, then try again.</source>
        <translation>Codev n’a pas pu lire ou écrire sa base de données (%2)&#xa0;: %1
Vérifiez que le disque est branché et n’est pas plein, et que vous avez accès à ce fichier, puis réessayez.</translation>
    </message>
    <message>
        <source>disk error</source>
        <translation>erreur de disque</translation>
    </message>
    <message>
        <source>There is no saved session number %1 (see: codev-app sessions list).</source>
        <translation>Il n’y a pas de séance enregistrée numéro %1 (voir&#xa0;: codev-app sessions list).</translation>
    </message>
    <message>
        <source>The saved session number %1 cannot be read (%2).</source>
        <translation>La séance enregistrée numéro %1 ne peut pas être lue (%2).</translation>
    </message>
    <message>
        <source>No saved session matches “%1”.</source>
        <translation>Aucune séance enregistrée ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>No saved sessions yet.</source>
        <translation>Aucune séance enregistrée pour l’instant.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Only the most recent sessions are shown (%1); use --limit to see more.</source>
        <translation>Seules les séances les plus récentes sont affichées (%1)&#xa0;; utilisez --limit pour en voir davantage.</translation>
    </message>
    <message>
        <source>%1 (the client kept %2)</source>
        <translation>%1 (le client en a retenu %2)</translation>
    </message>
    <message>
        <source>Steps of the action plan</source>
        <translation>Étapes du plan d’action</translation>
    </message>
    <message>
        <source>Learnings written</source>
        <translation>Apprentissages notés</translation>
    </message>
    <message>
        <source>Personal copies written in %1: %2.</source>
        <translation>Copies personnelles écrites dans %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>open</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>%1, timers only</source>
        <translation>%1, minuteurs seulement</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>Session %1 — %2</source>
        <translation>Séance %1 — %2</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Animation</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Suggestions</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>%1 planned, %2 spent</source>
        <translation>prévue %1, réelle %2</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>Partage</translation>
    </message>
    <message>
        <source>To read everything: codev-app sessions export %1 --format markdown --audience facilitator -o FILE</source>
        <translation>Pour tout lire&#xa0;: codev-app sessions export %1 --format markdown --audience facilitator -o FICHIER</translation>
    </message>
    <message>
        <source>File written: %1</source>
        <translation>Fichier écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>Say who the document is for: --audience participants, personal or facilitator.</source>
        <translation>Indiquez à qui s’adresse le document&#xa0;: --audience participants, personal ou facilitator.</translation>
    </message>
    <message>
        <source>A %1 export is for you, the facilitator: it is not a document for the participants. Use --format pdf or markdown for them.</source>
        <translation>Un export %1 est pour vous qui animez&#xa0;: ce n’est pas un document pour les participants. Pour eux, utilisez --format pdf ou markdown.</translation>
    </message>
    <message>
        <source>%1 does not apply to --format %2.</source>
        <translation>%1 ne s’applique pas à --format %2.</translation>
    </message>
    <message>
        <source>%1 is a file: personal copies go into a folder (one file per person).</source>
        <translation>%1 est un fichier&#xa0;: les copies personnelles vont dans un dossier (un fichier par personne).</translation>
    </message>
    <message>
        <source>[%1/%2] %3: %4</source>
        <translation>[%1/%2] %3&#xa0;: %4</translation>
    </message>
    <message>
        <source>%1 is a file: without --table, the two tables go into a folder. Give a folder, or choose one table with --table.</source>
        <translation>%1 est un fichier&#xa0;: sans --table, les deux tableaux vont dans un dossier. Indiquez un dossier, ou choisissez un seul tableau avec --table.</translation>
    </message>
    <message>
        <source>Not exported: the client has not approved sharing this session&apos;s record. Record their approval in the session (in Codev), then export again.</source>
        <translation>Non exporté&#xa0;: le client n’a pas donné son accord pour partager le compte rendu de cette séance. Notez son accord dans la séance (dans Codev), puis exportez de nouveau.</translation>
    </message>
    <message>
        <source>The facilitator&apos;s record (--audience facilitator) needs no approval.</source>
        <translation>Le dossier complet de l’animation (--audience facilitator) ne demande pas d’accord.</translation>
    </message>
    <message>
        <source>Not exported: %1 already exists.</source>
        <translation>Non exporté&#xa0;: %1 existe déjà.</translation>
    </message>
    <message>
        <source>Not exported: %1 cannot be written (%2).</source>
        <translation>Non exporté&#xa0;: impossible d’écrire %1 (%2).</translation>
    </message>
    <message>
        <source>PDF export is not available here (%1). Markdown export works.</source>
        <translation>L’export PDF n’est pas disponible ici (%1). L’export Markdown fonctionne.</translation>
    </message>
    <message>
        <source>Not imported: in %1, the field %2 is wrong: %3.</source>
        <translation>Non importé&#xa0;: dans %1, le champ %2 est incorrect&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Imported as session %1.</source>
        <translation>Séance importée sous le numéro %1.</translation>
    </message>
    <message>
        <source>Not imported: %1 is not a readable Codev session file.</source>
        <translation>Non importé&#xa0;: %1 n’est pas un fichier de séance Codev lisible.</translation>
    </message>
    <message>
        <source>Nothing was changed in your sessions.</source>
        <translation>Rien n’a été modifié dans vos séances.</translation>
    </message>
    <message>
        <source>Not deleted: there is no terminal to confirm. Add --yes to delete session %1 without being asked.</source>
        <translation>Non supprimée&#xa0;: aucun terminal ne permet de confirmer. Ajoutez --yes pour supprimer la séance %1 sans confirmation.</translation>
    </message>
    <message>
        <source>Delete this session and its notes for good? They cannot be recovered. [y/N] </source>
        <translation>Supprimer définitivement cette séance et ses notes&#xa0;? Elles ne pourront pas être récupérées. [o/N] </translation>
    </message>
    <message>
        <source>Not deleted.</source>
        <translation>Séance non supprimée.</translation>
    </message>
    <message>
        <source>Deleted: %1</source>
        <translation>Séance supprimée&#xa0;: %1</translation>
    </message>
    <message>
        <source>session %1</source>
        <translation>séance %1</translation>
    </message>
    <message>
        <source>set up the mail server that sends participants&apos; copies</source>
        <translation>régler le serveur de messagerie qui envoie les copies des participants</translation>
    </message>
    <message>
        <source>The mail server (SMTP) Codev sends participants&apos; copies through. The password is kept in your system&apos;s keyring, never in a file.</source>
        <translation>Le serveur de messagerie (SMTP) par lequel Codev envoie les copies des participants. Le mot de passe est gardé dans le trousseau de votre système, jamais dans un fichier.</translation>
    </message>
    <message>
        <source>choose the mail server and the sender address</source>
        <translation>choisir le serveur de messagerie et l’adresse d’expéditeur</translation>
    </message>
    <message>
        <source>Choose the mail server. Gmail works with an app password; Microsoft 365 is turning basic SMTP sign-in off: make drafts there (sessions send --drafts DIR).</source>
        <translation>Choisir le serveur de messagerie. Gmail fonctionne avec un mot de passe d’application&#x202f;; Microsoft 365 désactive la connexion SMTP simple&#xa0;: préparez-y des brouillons (sessions send --drafts DOSSIER).</translation>
    </message>
    <message>
        <source>the server&apos;s name</source>
        <translation>le nom du serveur</translation>
    </message>
    <message>
        <source>its port</source>
        <translation>son port</translation>
    </message>
    <message>
        <source>starttls (usually port 587), tls (465) or none (a relay on this network)</source>
        <translation>starttls (en général port 587), tls (465) ou none (un relais sur ce réseau)</translation>
    </message>
    <message>
        <source>the login, if any</source>
        <translation>l’identifiant, s’il y en a un</translation>
    </message>
    <message>
        <source>the sender&apos;s address</source>
        <translation>l’adresse de l’expéditeur</translation>
    </message>
    <message>
        <source>e-mail each attendee their copy (or write drafts)</source>
        <translation>envoyer à chaque participant sa copie par e-mail (ou écrire des brouillons)</translation>
    </message>
    <message>
        <source>E-mail each attendee who has an address their personal copy (or the group&apos;s summary, if the session says so). Needs the client&apos;s approval. Run again, only those not served yet are sent to. The facilitator&apos;s record is never sent.</source>
        <translation>Envoyer par e-mail à chaque participant présent qui a une adresse sa copie personnelle (ou le compte rendu du groupe, si la séance le prévoit). Demande l’accord du client. Relancée, la commande n’envoie qu’à ceux qui n’ont pas encore reçu. Le dossier de l’animation n’est jamais envoyé.</translation>
    </message>
    <message>
        <source>write one draft (.eml) per recipient in DIR instead of sending</source>
        <translation>écrire un brouillon (.eml) par destinataire dans DIR au lieu d’envoyer</translation>
    </message>
    <message>
        <source>send again to those who already received their copy</source>
        <translation>envoyer de nouveau à ceux qui ont déjà reçu leur copie</translation>
    </message>
    <message>
        <source>language of the documents (default: the interface language)</source>
        <translation>langue des documents (par défaut&#xa0;: celle de l’interface)</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Mail settings saved in %1.</source>
        <translation>Réglages de messagerie enregistrés dans %1.</translation>
    </message>
    <message>
        <source>Password (kept in the keyring): </source>
        <translation>Mot de passe (gardé dans le trousseau)&#xa0;: </translation>
    </message>
    <message>
        <source>No keyring works here: the password was not kept. It will be asked when sending (or set %1).</source>
        <translation>Aucun trousseau ne fonctionne ici&#xa0;: le mot de passe n’a pas été gardé. Il sera demandé à l’envoi (ou définissez %1).</translation>
    </message>
    <message>
        <source>Not sent: the client has not approved sharing this session&apos;s record. Record their approval in the session (in Codev), then send again.</source>
        <translation>Non envoyé&#xa0;: le client n’a pas donné son accord pour partager le compte rendu de cette séance. Notez son accord dans la séance (dans Codev), puis envoyez de nouveau.</translation>
    </message>
    <message>
        <source>No mail server is set up. Run: codev-app mail setup --host HOST --port PORT --security starttls --from ADDRESS (or write drafts with --drafts DIR).</source>
        <translation>Aucun serveur de messagerie n’est réglé. Lancez&#xa0;: codev-app mail setup --host HÔTE --port PORT --security starttls --from ADRESSE (ou écrivez des brouillons avec --drafts DOSSIER).</translation>
    </message>
    <message>
        <source>sent: %1</source>
        <translation>envoyé&#xa0;: %1</translation>
    </message>
    <message>
        <source>draft: %1: %2</source>
        <translation>brouillon&#xa0;: %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>failed: %1: %2</source>
        <translation>échec&#xa0;: %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Nothing new to send: everyone with an address has their copy (--again sends again).</source>
        <translation>Rien de nouveau à envoyer&#xa0;: toutes les personnes qui ont une adresse ont leur copie (--again envoie de nouveau).</translation>
    </message>
    <message>
        <source>Password for %1 on %2: </source>
        <translation>Mot de passe de %1 sur %2&#xa0;: </translation>
    </message>
    <message>
        <source>what your sessions say, to run the next one better</source>
        <translation>ce que disent vos séances, pour mieux animer la suivante</translation>
    </message>
    <message>
        <source>Time per phase, speaking balance, suggestions kept, follow-ups, over your sessions or one group&apos;s: for the facilitator only. Without -o or --format, prints the three things most worth attention.</source>
        <translation>Temps par phase, répartition de la parole, suggestions retenues, suivis, sur vos séances ou celles d’un groupe&#xa0;: pour l’animation uniquement. Sans -o ni --format, affiche les trois points qui méritent le plus l’attention.</translation>
    </message>
    <message>
        <source>the PDF report</source>
        <translation>le rapport PDF</translation>
    </message>
    <message>
        <source>the tables as CSV</source>
        <translation>les tableaux en CSV</translation>
    </message>
    <message>
        <source>“%1” is not a date like 2026-03-31.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date comme 2026-03-31.</translation>
    </message>
    <message>
        <source>No session to look at (none started yet).</source>
        <translation>Aucune séance à regarder (aucune n’a encore commencé).</translation>
    </message>
    <message>
        <source>a group&apos;s requests for support between sessions</source>
        <translation>les demandes de soutien d’un groupe entre les séances</translation>
    </message>
    <message>
        <source>Requests for support between sessions: record, match, close or refer.</source>
        <translation>Demandes de soutien entre les séances&#xa0;: noter, mettre en lien, clore ou orienter.</translation>
    </message>
    <message>
        <source>list a group&apos;s requests</source>
        <translation>lister les demandes d’un groupe</translation>
    </message>
    <message>
        <source>closed and referred ones too</source>
        <translation>aussi celles closes ou orientées</translation>
    </message>
    <message>
        <source>record a request</source>
        <translation>noter une demande</translation>
    </message>
    <message>
        <source>match a request with a member (without --with: who could)</source>
        <translation>mettre une demande en lien avec un membre (sans --with&#xa0;: qui pourrait)</translation>
    </message>
    <message>
        <source>close or refer a request</source>
        <translation>clore une demande ou l’orienter</translation>
    </message>
    <message>
        <source>%1 has no request number %2 (see: codev-app requests list).</source>
        <translation>%1 n’a pas de demande numéro %2 (voir&#xa0;: codev-app requests list).</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>pour le %1</translation>
    </message>
    <message>
        <source>NOBODY TOOK IT BY ITS DAY</source>
        <translation>PERSONNE NE L’A PRISE À TEMPS</translation>
    </message>
    <message>
        <source>No requests to show.</source>
        <translation>Aucune demande à afficher.</translation>
    </message>
    <message>
        <source>Request %1 recorded: %2</source>
        <translation>Demande %1 notée&#xa0;: %2</translation>
    </message>
    <message>
        <source>Nobody is available in time.</source>
        <translation>Personne n’est disponible à temps.</translation>
    </message>
    <message>
        <source>ask them</source>
        <translation>à demander</translation>
    </message>
    <message>
        <source>%1 (%2; %3 this month)</source>
        <translation>%1 (%2&#xa0;; %3 ce mois-ci)</translation>
    </message>
</context>
<context>
    <name>groups</name>
    <message>
        <source>A name is needed.</source>
        <translation>Il faut un nom.</translation>
    </message>
    <message>
        <source>This name is too long: “%1”.</source>
        <translation>Ce nom est trop long&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>There is already a group called “%1”.</source>
        <translation>Il y a déjà un groupe appelé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” is already in the group (someone who left can be brought back).</source>
        <translation>«&#xa0;%1&#xa0;» est déjà dans le groupe (une personne partie peut revenir).</translation>
    </message>
    <message>
        <source>“%1” is not a member of this group.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas membre de ce groupe.</translation>
    </message>
    <message>
        <source>“%1” does not look like an e-mail address.</source>
        <translation>«&#xa0;%1&#xa0;» ne ressemble pas à une adresse e-mail.</translation>
    </message>
    <message>
        <source>A group has one or two facilitators.</source>
        <translation>Un groupe a un ou deux animateurs.</translation>
    </message>
    <message>
        <source>A number of days must be at least 1.</source>
        <translation>Un nombre de jours doit valoir au moins 1.</translation>
    </message>
    <message>
        <source>This is not a readable Codev group file (%1). Nothing was changed.</source>
        <translation>Ce n’est pas un fichier de groupe Codev lisible (%1). Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>A cycle has from 1 to 52 sessions.</source>
        <translation>Un cycle compte de 1 à 52 séances.</translation>
    </message>
    <message>
        <source>“%1” is not a time between sessions: write for example 4w or 28d.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un écart entre séances&#xa0;: écrivez par exemple 4w ou 28d.</translation>
    </message>
    <message>
        <source>“%1” is not a date and time of the expected form (year-month-day, hours and minutes).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date et une heure de la forme attendue (année-mois-jour, heures et minutes).</translation>
    </message>
    <message>
        <source>“%1” is not a known time zone.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un fuseau horaire connu.</translation>
    </message>
    <message>
        <source>Session %1 has already taken place: its plan cannot change.</source>
        <translation>La séance %1 a déjà eu lieu&#xa0;: son plan ne peut plus changer.</translation>
    </message>
    <message>
        <source>The cycle has no session %1.</source>
        <translation>Le cycle n’a pas de séance %1.</translation>
    </message>
</context>
<context>
    <name>mail</name>
    <message>
        <source>The mail server refused the user name or password. Check them in the mail settings (Gmail needs an app password), or make drafts instead.</source>
        <translation>Le serveur de messagerie a refusé l’identifiant ou le mot de passe. Vérifiez-les dans les réglages de messagerie (Gmail demande un mot de passe d’application), ou préparez plutôt des brouillons.</translation>
    </message>
    <message>
        <source>The mail server needs your password: type it to send.</source>
        <translation>Le serveur de messagerie demande votre mot de passe&#xa0;: tapez-le pour envoyer.</translation>
    </message>
    <message>
        <source>The secure connection to the mail server failed. Check the port and the security (STARTTLS is usually port 587, TLS port 465).</source>
        <translation>La connexion sécurisée au serveur de messagerie a échoué. Vérifiez le port et la sécurité (STARTTLS&#xa0;: en général port 587, TLS&#xa0;: port 465).</translation>
    </message>
    <message>
        <source>Codev could not reach the mail server. Check the network connection and the server&apos;s name and port, then send again.</source>
        <translation>Codev n’a pas pu joindre le serveur de messagerie. Vérifiez la connexion au réseau, le nom du serveur et son port, puis envoyez de nouveau.</translation>
    </message>
    <message>
        <source>The mail server did not answer in time. Send again in a moment, or make drafts.</source>
        <translation>Le serveur de messagerie n’a pas répondu à temps. Envoyez de nouveau dans un moment, ou préparez des brouillons.</translation>
    </message>
    <message>
        <source>The mail server closed the connection before the message was accepted: it was not sent. Send again.</source>
        <translation>Le serveur de messagerie a coupé la connexion avant d’accepter le message&#xa0;: il n’a pas été envoyé. Envoyez de nouveau.</translation>
    </message>
    <message>
        <source>The mail server refused this address. Check it, then send again.</source>
        <translation>Le serveur de messagerie a refusé cette adresse. Vérifiez-la, puis envoyez de nouveau.</translation>
    </message>
    <message>
        <source>The mail server refused the sender address. Use the address of this mail account in the mail settings.</source>
        <translation>Le serveur de messagerie a refusé l’adresse d’expéditeur. Indiquez l’adresse de ce compte dans les réglages de messagerie.</translation>
    </message>
    <message>
        <source>No mail server is set up yet: set one up, or make drafts instead.</source>
        <translation>Aucun serveur de messagerie n’est encore réglé&#xa0;: réglez-en un, ou préparez plutôt des brouillons.</translation>
    </message>
    <message>
        <source>The mail server refused the message.</source>
        <translation>Le serveur de messagerie a refusé le message.</translation>
    </message>
</context>
<context>
    <name>support</name>
    <message>
        <source>listening</source>
        <translation>écoute</translation>
    </message>
    <message>
        <source>information</source>
        <translation>information</translation>
    </message>
    <message>
        <source>resources</source>
        <translation>ressources</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouverte</translation>
    </message>
    <message>
        <source>matched</source>
        <translation>en lien</translation>
    </message>
    <message>
        <source>held</source>
        <translation>tenue</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>referred</source>
        <translation>orientée</translation>
    </message>
    <message>
        <source>urgent</source>
        <translation>urgente</translation>
    </message>
    <message>
        <source>not urgent</source>
        <translation>non urgente</translation>
    </message>
    <message>
        <source>important</source>
        <translation>importante</translation>
    </message>
    <message>
        <source>not important</source>
        <translation>peu importante</translation>
    </message>
    <message>
        <source>“%1” is not an active member of this group.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas membre actif de ce groupe.</translation>
    </message>
    <message>
        <source>%1 asked for this support: someone else listens.</source>
        <translation>%1 a demandé ce soutien&#xa0;: c’est quelqu’un d’autre qui écoute.</translation>
    </message>
    <message>
        <source>This request is %1: that step is not possible any more.</source>
        <translation>Cette demande est %1&#xa0;: cette étape n’est plus possible.</translation>
    </message>
    <message>
        <source>“%1” is not in the group&apos;s resources (add it under Resources).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas dans les ressources du groupe (ajoutez-la sous Ressources).</translation>
    </message>
    <message>
        <source>“%1” is not a weekly slot: write for example mon 18:00-20:00.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un créneau de la semaine&#xa0;: écrivez par exemple lun 18h00-20h00.</translation>
    </message>
    <message>
        <source>A relaunch comes after 1 to 52 weeks (not %1).</source>
        <translation>Une relance vient après 1 à 52 semaines (pas %1).</translation>
    </message>
    <message>
        <source>A listening time lasts from 0 to 240 minutes (not %1).</source>
        <translation>Un temps d’écoute dure de 0 à 240 minutes (pas %1).</translation>
    </message>
    <message>
        <source>“By when” (%1) cannot be before the day of the request.</source>
        <translation>«&#xa0;Pour le&#xa0;» (%1) ne peut pas précéder le jour de la demande.</translation>
    </message>
    <message>
        <source>A request&apos;s note is at most %1 characters.</source>
        <translation>La note d’une demande a au plus %1 caractères.</translation>
    </message>
</context>
</TS>
