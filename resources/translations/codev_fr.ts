<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
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
        <source>Could not read a template, skipped: %1</source>
        <translation>Modèle illisible, ignoré&#xa0;: %1</translation>
    </message>
    <message>
        <source>No templates found.</source>
        <translation>Aucun modèle trouvé.</translation>
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
