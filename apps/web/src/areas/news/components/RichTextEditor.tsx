import {
  BoldOutlined,
  DisconnectOutlined,
  ItalicOutlined,
  LineOutlined,
  LinkOutlined,
  OrderedListOutlined,
  PictureOutlined,
  RedoOutlined,
  StrikethroughOutlined,
  UnderlineOutlined,
  UndoOutlined,
  UnorderedListOutlined,
} from '@ant-design/icons';
import { type Editor, EditorContent, mergeAttributes, Node, useEditor, useEditorState } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { App, Button, Form, Input, Modal, Tooltip } from 'antd';
import { type KeyboardEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../app/errors';
import { IMAGE_ACCEPT, uploadAttachment, uploadUrl } from '../../../kit/api/uploads';
import type zh from '../i18n/zh-CN';

type ToolKey = Exclude<keyof (typeof zh)['editor']['toolbar'], 'label' | 'keyboard'>;

/**
 * A picture of the body: one of the platform's uploads, never an address elsewhere (the server keeps only these).
 * A block of its own, with a description for screen readers.
 */
const UploadedImage = Node.create({
  name: 'image',
  group: 'block',
  atom: true,
  draggable: true,
  addAttributes() {
    return { src: { default: null }, alt: { default: '' } };
  },
  parseHTML() {
    return [{ tag: 'img[src]' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['img', mergeAttributes(HTMLAttributes)];
  },
});

/** Addresses a link may take: the web, mail, or a page of this site (the server's allow-list agrees). */
export const isLinkAddress = (href: string) => /^(https?:\/\/\S+|mailto:\S+|\/\S*)$/i.test(href.trim());

const EXTENSIONS = [
  StarterKit.configure({
    heading: { levels: [2, 3] },
    code: false,
    codeBlock: false,
    link: { openOnClick: false, autolink: true, defaultProtocol: 'https', isAllowedUri: (url) => isLinkAddress(url) },
  }),
  UploadedImage,
];

type Tool = { key: ToolKey; label: string; icon: ReactNode; active?: boolean; disabled?: boolean; run: () => void };

/**
 * The toolbar of the editor as one tab stop (WAI-ARIA toolbar): Tab enters it on the button last used, the arrow
 * keys, Home and End move between the buttons, and Tab leaves for the text.
 */
function Toolbar({ tools, label, hint }: { tools: Tool[]; label: string; hint: string }) {
  const [current, setCurrent] = useState(0);
  const refs = useRef<(HTMLElement | null)[]>([]);
  const move = (to: number) => {
    const n = (to + tools.length) % tools.length;
    setCurrent(n);
    refs.current[n]?.focus();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const moves: Record<string, number> = { ArrowRight: current + 1, ArrowLeft: current - 1, Home: 0, End: -1 };
    const to = moves[e.key];
    if (to === undefined) return;
    e.preventDefault();
    move(to);
  };
  return (
    <div
      role="toolbar"
      aria-label={label}
      aria-describedby="rich-editor-toolbar-hint"
      className="rich-editor-toolbar"
      onKeyDown={onKeyDown}
      data-testid="editor-toolbar"
    >
      <span id="rich-editor-toolbar-hint" className="visually-hidden">
        {hint}
      </span>
      {tools.map((tool, i) => (
        <Tooltip key={tool.key} title={tool.label} mouseEnterDelay={0.6}>
          <Button
            ref={(el) => {
              refs.current[i] = el;
            }}
            size="small"
            type={tool.active ? 'primary' : 'text'}
            icon={tool.icon}
            aria-label={tool.label}
            aria-pressed={tool.active === undefined ? undefined : tool.active}
            disabled={tool.disabled}
            tabIndex={i === current ? 0 : -1}
            onFocus={() => setCurrent(i)}
            // The selection stays in the text while a button is clicked.
            onMouseDown={(e) => e.preventDefault()}
            onClick={tool.run}
            data-testid={`editor-${tool.key}`}
          />
        </Tooltip>
      ))}
    </div>
  );
}

function useTools(editor: Editor, onLink: () => void, onImage: () => void, uploading: boolean): Tool[] {
  const { t } = useTranslation('news');
  const s = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      h2: e.isActive('heading', { level: 2 }),
      h3: e.isActive('heading', { level: 3 }),
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      underline: e.isActive('underline'),
      strike: e.isActive('strike'),
      bulletList: e.isActive('bulletList'),
      orderedList: e.isActive('orderedList'),
      blockquote: e.isActive('blockquote'),
      link: e.isActive('link'),
      undo: e.can().undo(),
      redo: e.can().redo(),
    }),
  });
  const chain = () => editor.chain().focus();
  const label = (k: ToolKey) => t(`editor.toolbar.${k}`);
  const text = (k: ToolKey, active: boolean, icon: ReactNode, run: () => void): Tool => ({
    key: k,
    label: label(k),
    icon,
    active,
    run,
  });
  return [
    text('h2', s.h2, <strong>H2</strong>, () => chain().toggleHeading({ level: 2 }).run()),
    text('h3', s.h3, <strong>H3</strong>, () => chain().toggleHeading({ level: 3 }).run()),
    text('bold', s.bold, <BoldOutlined />, () => chain().toggleBold().run()),
    text('italic', s.italic, <ItalicOutlined />, () => chain().toggleItalic().run()),
    text('underline', s.underline, <UnderlineOutlined />, () => chain().toggleUnderline().run()),
    text('strike', s.strike, <StrikethroughOutlined />, () => chain().toggleStrike().run()),
    text('bulletList', s.bulletList, <UnorderedListOutlined />, () => chain().toggleBulletList().run()),
    text('orderedList', s.orderedList, <OrderedListOutlined />, () => chain().toggleOrderedList().run()),
    text('blockquote', s.blockquote, <span aria-hidden>❝</span>, () => chain().toggleBlockquote().run()),
    { key: 'link', label: label('link'), icon: <LinkOutlined />, active: s.link, run: onLink },
    {
      key: 'unlink',
      label: label('unlink'),
      icon: <DisconnectOutlined />,
      disabled: !s.link,
      run: () => chain().extendMarkRange('link').unsetLink().run(),
    },
    { key: 'image', label: label('image'), icon: <PictureOutlined />, disabled: uploading, run: onImage },
    { key: 'rule', label: label('rule'), icon: <LineOutlined />, run: () => chain().setHorizontalRule().run() },
    { key: 'undo', label: label('undo'), icon: <UndoOutlined />, disabled: !s.undo, run: () => chain().undo().run() },
    { key: 'redo', label: label('redo'), icon: <RedoOutlined />, disabled: !s.redo, run: () => chain().redo().run() },
  ];
}

/** The link dialog: an address, checked as the server will check it. */
function LinkModal({
  open,
  initial,
  onOk,
  onClose,
}: {
  open: boolean;
  initial: string;
  onOk: (href: string) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation('news');
  const [form] = Form.useForm<{ href: string }>();
  return (
    <Modal
      open={open}
      title={t('editor.link.title')}
      onCancel={onClose}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'editor-link-ok' }}
      onOk={async () => {
        const v = await form.validateFields().catch(() => null);
        if (v) onOk(v.href.trim());
      }}
    >
      <Form form={form} layout="vertical" initialValues={{ href: initial }} preserve={false}>
        <Form.Item
          name="href"
          label={t('editor.link.url')}
          rules={[
            {
              validator: async (_r, v: string | undefined) => {
                if (!v || !isLinkAddress(v)) throw new Error(t('editor.link.invalid'));
              },
            },
          ]}
        >
          <Input autoFocus placeholder="https://" data-testid="editor-link-url" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/**
 * The body's editor (tiptap): headings, bold, italic, underline, strike, lists, links, quotes, rules and uploaded
 * pictures; its value is the HTML it makes, which the server sanitises when the article is saved. Used as an antd
 * form control (`value`, `onChange`).
 */
export function RichTextEditor({
  value,
  onChange,
  label,
  id,
}: {
  value?: string;
  onChange?: (html: string) => void;
  label: string;
  id?: string;
}) {
  const { t } = useTranslation('news');
  const { message } = App.useApp();
  const [linking, setLinking] = useState(false);
  const [uploading, setUploading] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const editor = useEditor({
    extensions: EXTENSIONS,
    content: value ?? '',
    editorProps: {
      attributes: {
        class: 'article-body rich-editor-content',
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-label': label,
        ...(id ? { id } : {}),
        'data-testid': 'editor-content',
      },
    },
    onUpdate: ({ editor: e }) => onChange?.(e.isEmpty ? '' : e.getHTML()),
  });

  // A value set from outside (the stored article, once loaded) replaces the text; the editor's own echoes do not.
  useEffect(() => {
    if (!editor || value === undefined) return;
    const current = editor.isEmpty ? '' : editor.getHTML();
    if (value !== current) editor.commands.setContent(value, { emitUpdate: false });
  }, [editor, value]);

  const tools = useTools(
    editor,
    () => setLinking(true),
    () => fileInput.current?.click(),
    uploading,
  );

  const insertImage = async (file: File) => {
    setUploading(true);
    try {
      const up = await uploadAttachment(file);
      editor
        .chain()
        .focus()
        .insertContent({ type: 'image', attrs: { src: uploadUrl(up.hash), alt: file.name.replace(/\.[^.]+$/, '') } })
        .run();
    } catch (err) {
      message.error(errorMessage(err));
    } finally {
      setUploading(false);
    }
  };

  return (
    <div className="rich-editor" data-testid="rich-editor" data-uploading={uploading}>
      <Toolbar tools={tools} label={t('editor.toolbar.label')} hint={t('editor.toolbar.keyboard')} />
      <EditorContent editor={editor} />
      {uploading && (
        <div role="status" className="rich-editor-status">
          {t('editor.uploading')}
        </div>
      )}
      <input
        ref={fileInput}
        type="file"
        accept={IMAGE_ACCEPT}
        style={{ display: 'none' }}
        tabIndex={-1}
        aria-hidden
        data-testid="editor-image-input"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void insertImage(file);
        }}
      />
      <LinkModal
        open={linking}
        initial={(editor.getAttributes('link').href as string | undefined) ?? ''}
        onClose={() => setLinking(false)}
        onOk={(href) => {
          setLinking(false);
          editor.chain().focus().extendMarkRange('link').setLink({ href }).run();
        }}
      />
    </div>
  );
}
