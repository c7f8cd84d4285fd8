<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
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
        <source>new durations</source>
        <translation>nouvelles durées</translation>
    </message>
    <message>
        <source>break of %1</source>
        <translation>pause de %1</translation>
    </message>
    <message>
        <source>end of round %1</source>
        <translation>fin du tour %1</translation>
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
        <source>%1 lowers their hand</source>
        <translation>%1 baisse la main</translation>
    </message>
    <message>
        <source>%1 speaks later</source>
        <translation>%1 parlera plus tard</translation>
    </message>
    <message>
        <source>%1 passes</source>
        <translation>%1 passe son tour</translation>
    </message>
    <message>
        <source>%1 stops speaking</source>
        <translation>%1 a fini de parler</translation>
    </message>
    <message>
        <source>%1 speaks</source>
        <translation>%1 prend la parole</translation>
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
        <source>Undo: %1</source>
        <translation>Annuler&#xa0;: %1</translation>
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
        <translation>Durée &amp;totale</translation>
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
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
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
    <name>MainWindow</name>
    <message>
        <source>&amp;New session…</source>
        <extracomment>Emitted once, when the window has been painted for the first time.</extracomment>
        <translation>&amp;Nouvelle séance…</translation>
    </message>
    <message>
        <source>Coming in a later version.</source>
        <translation>Disponible dans une prochaine version.</translation>
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
        <source>to come</source>
        <translation>à venir</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
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
    <name>Startup</name>
    <message>
        <source>Some settings could not be read; Codev uses its defaults. The details are in %1.</source>
        <translation>Certains paramètres n’ont pas pu être lus&#x202f;; Codev utilise les valeurs par défaut. Les détails se trouvent dans %1.</translation>
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
        <source>Starting a session from this screen will come in a later version.</source>
        <translation>Le lancement d’une séance depuis cet écran arrivera dans une prochaine version.</translation>
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
</context>
</TS>
