import '../policy.css';
import {
  BoldOutlined,
  ItalicOutlined,
  OrderedListOutlined,
  RedoOutlined,
  StrikethroughOutlined,
  UndoOutlined,
  UnorderedListOutlined,
} from '@ant-design/icons';
import { EditorContent, useEditor, useEditorState } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { Button, Space, Tooltip } from 'antd';
import { type ReactNode, useEffect } from 'react';
import { useTranslation } from 'react-i18next';

type ActionKey = 'bold' | 'italic' | 'strike' | 'h2' | 'h3' | 'bullet' | 'ordered' | 'quote' | 'undo' | 'redo';
type Action = { key: ActionKey; icon: ReactNode; active?: boolean | undefined; run: () => boolean };

/**
 * A small rich-text field (tiptap's starter kit: paragraphs, headings from h2, emphasis, lists, quotes, links) for
 * an antd Form: `value` is HTML and `onChange` gets HTML ('' when empty). The server sanitises what it stores.
 */
export function RichTextEditor({
  value,
  onChange,
  label,
  testId,
  minHeight = 160,
}: {
  value?: string;
  onChange?: (html: string) => void;
  label: string;
  testId?: string;
  minHeight?: number;
}) {
  const { t } = useTranslation('policy');
  const editor = useEditor({
    extensions: [StarterKit.configure({ heading: { levels: [2, 3, 4] }, link: { openOnClick: false } })],
    content: value ?? '',
    onUpdate: ({ editor: e }) => onChange?.(e.isEmpty ? '' : e.getHTML()),
    editorProps: {
      attributes: {
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-label': label,
        class: 'policy-editor-content',
        style: `min-height: ${minHeight}px`,
        ...(testId ? { 'data-testid': testId } : {}),
      },
    },
  });
  // A value set from outside (the document loaded, a form reset) replaces the text; typing does not come back here.
  useEffect(() => {
    if (!editor || value === undefined) return;
    const current = editor.isEmpty ? '' : editor.getHTML();
    if (value !== current) editor.commands.setContent(value, { emitUpdate: false });
  }, [editor, value]);
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e?.isActive('bold') ?? false,
      italic: e?.isActive('italic') ?? false,
      strike: e?.isActive('strike') ?? false,
      h2: e?.isActive('heading', { level: 2 }) ?? false,
      h3: e?.isActive('heading', { level: 3 }) ?? false,
      bullet: e?.isActive('bulletList') ?? false,
      ordered: e?.isActive('orderedList') ?? false,
      quote: e?.isActive('blockquote') ?? false,
    }),
  });
  if (!editor) return null;
  const chain = () => editor.chain().focus();
  const actions: Action[] = [
    { key: 'bold', icon: <BoldOutlined />, active: state?.bold, run: () => chain().toggleBold().run() },
    { key: 'italic', icon: <ItalicOutlined />, active: state?.italic, run: () => chain().toggleItalic().run() },
    { key: 'strike', icon: <StrikethroughOutlined />, active: state?.strike, run: () => chain().toggleStrike().run() },
    { key: 'h2', icon: 'H2', active: state?.h2, run: () => chain().toggleHeading({ level: 2 }).run() },
    { key: 'h3', icon: 'H3', active: state?.h3, run: () => chain().toggleHeading({ level: 3 }).run() },
    {
      key: 'bullet',
      icon: <UnorderedListOutlined />,
      active: state?.bullet,
      run: () => chain().toggleBulletList().run(),
    },
    {
      key: 'ordered',
      icon: <OrderedListOutlined />,
      active: state?.ordered,
      run: () => chain().toggleOrderedList().run(),
    },
    { key: 'quote', icon: '“”', active: state?.quote, run: () => chain().toggleBlockquote().run() },
    { key: 'undo', icon: <UndoOutlined />, run: () => chain().undo().run() },
    { key: 'redo', icon: <RedoOutlined />, run: () => chain().redo().run() },
  ];
  return (
    <div className="policy-editor">
      <Space size={2} wrap role="toolbar" aria-label={t('editor.toolbar', { label })} className="policy-editor-toolbar">
        {actions.map((a) => (
          <Tooltip key={a.key} title={t(`editor.${a.key}`)}>
            <Button
              size="small"
              type={a.active ? 'primary' : 'text'}
              aria-label={t(`editor.${a.key}`)}
              aria-pressed={a.active === undefined ? undefined : a.active}
              icon={typeof a.icon === 'string' ? undefined : a.icon}
              onMouseDown={(e) => e.preventDefault()}
              onClick={a.run}
            >
              {typeof a.icon === 'string' ? a.icon : null}
            </Button>
          </Tooltip>
        ))}
      </Space>
      <EditorContent editor={editor} />
    </div>
  );
}
